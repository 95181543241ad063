package id.bansos.app.web;

import id.bansos.app.reconciliation.FlagQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Flags raised by reconciliation and by complaints, filtered. */
@RestController
@RequestMapping("/api/flags")
@Tag(name = "Flags", description = "Failure modes found, each on an investigation case")
class FlagApi {

    private final FlagQueries flags;

    FlagApi(FlagQueries flags) {
        this.flags = flags;
    }

    @GetMapping
    @Operation(summary = "Flags, newest first, by type, channel, household, open or resolved case, and raised since")
    List<FlagQueries.FlagRow> flags(@RequestParam(required = false) String type,
                                    @RequestParam(required = false) String channel,
                                    @RequestParam(required = false) String household,
                                    @RequestParam(required = false) Boolean open,
                                    @RequestParam(required = false)
                                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime since) {
        return flags.flags(type, channel, household, open, since);
    }
}

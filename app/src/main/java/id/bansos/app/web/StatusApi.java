package id.bansos.app.web;

import id.bansos.app.agency.PaymentStatusQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The status endpoint for other agencies' clients: the NIK goes in the body, never the URL, and the answer says
 * whether it was paid, in which program and period, through which channel, and nothing more.
 */
@RestController
@RequestMapping("/api/status")
@Tag(name = "Agency status", description = "For other agencies' clients only: was this NIK paid")
class StatusApi {

    private final PaymentStatusQuery query;

    StatusApi(PaymentStatusQuery query) {
        this.query = query;
    }

    @PostMapping
    @Operation(summary = "Was this NIK paid in this program and period, and through which channel (agency clients)")
    PaymentStatusQuery.Answer status(@RequestBody Question body, Principal agency) {
        return query.ask(agency.getName(), body.nik(), body.program(), body.period());
    }

    /**
     * An agency's question.
     *
     * @param nik     the 16-digit NIK
     * @param program the program code, e.g. {@code PKH}
     * @param period  the period, {@code YYYY-MM}
     */
    record Question(String nik, String program, String period) {
    }
}

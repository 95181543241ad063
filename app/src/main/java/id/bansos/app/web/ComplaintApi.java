package id.bansos.app.web;

import id.bansos.app.reconciliation.ComplaintIntake;
import id.bansos.reconciliation.cases.Complaint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaint intake (COMPLAINT_INTAKE): a complaint opens or joins its household's investigation case. 201 for a new
 * complaint, 200 with the same answer for a reference lodged before, 409 when no single household is named or the
 * reference belongs to another household's complaint.
 */
@RestController
@RequestMapping("/api/complaints")
@Tag(name = "Complaints", description = "Complaints from a KPM, a PKH pendamping or a village office")
class ComplaintApi {

    private final ComplaintIntake intake;

    ComplaintApi(ComplaintIntake intake) {
        this.intake = intake;
    }

    @PostMapping
    @Operation(summary = "Lodge a complaint for a household (by reference, NIK or No. KK); idempotent on its reference")
    ResponseEntity<ComplaintIntake.Lodged> lodge(@RequestBody Lodging body, Principal user) {
        ComplaintIntake.Lodged lodged = intake.lodge(body.household(), body.reference(), body.complainant(),
                body.kind(), body.text(), user.getName());
        return ResponseEntity.status(lodged.repeat() ? HttpStatus.OK : HttpStatus.CREATED).body(lodged);
    }

    /**
     * A complaint as lodged.
     *
     * @param household   the household's reference, a member's NIK or its No. KK
     * @param reference   the complaint's own reference (the lodger's ticket number)
     * @param complainant {@code KPM}, {@code PENDAMPING} or {@code DESA}
     * @param kind        {@code NOT_RECEIVED}, {@code WRONG_AMOUNT}, {@code WITHDRAWN_BY_OTHER} or {@code WRONG_PERSON}
     * @param text        what happened, in the complainant's words
     */
    record Lodging(String household, String reference, Complaint.Complainant complainant, Complaint.Kind kind,
                   String text) {
    }
}

package id.bansos.app.web;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only views of payment batches: the list, and one batch's approval trail. */
@RestController
@RequestMapping("/api/batches")
class BatchApi {

    private final Jdbi jdbi;

    BatchApi(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @GetMapping
    List<Map<String, Object>> batches() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT batch_id, program, period, channel, status, line_count, control_sum, prepared_by,
                               submitted_by, approvals, approvals_needed, funded_amount
                        FROM payment_batch ORDER BY period DESC, program, channel, batch_id""")
                .mapToMap().list());
    }

    @GetMapping("/{id}/trail")
    List<Map<String, Object>> trail(@PathVariable String id) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT seq, at, actor, action, detail FROM batch_trail WHERE batch_id = :id ORDER BY seq")
                .bind("id", id).mapToMap().list());
    }
}

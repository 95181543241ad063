package id.bansos.app.web;

import id.bansos.app.console.TrailStep;
import id.bansos.app.console.batches.BatchViews;
import id.bansos.app.disbursement.BatchService;
import id.bansos.ledger.readmodel.ReadModels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Payment batches: the list, one batch with its approval trail, and the maker-checker actions. The authenticated
 * person is the acting user; the batch's own rules refuse an approval by its preparer (409 with the reason).
 */
@RestController
@RequestMapping("/api/batches")
@Tag(name = "Batches", description = "Payment batches and their maker-checker approval")
class BatchApi {

    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    private final BatchViews views;
    private final BatchService batches;
    private final ReadModels readModels;

    BatchApi(BatchViews views, BatchService batches, ReadModels readModels) {
        this.views = views;
        this.batches = batches;
        this.readModels = readModels;
    }

    @GetMapping
    @Operation(summary = "The batches of a period (every period when none is given)")
    List<BatchViews.Batch> batches(@RequestParam(required = false) String period) {
        return views.batches(period == null || period.isBlank() ? null : period);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One batch")
    BatchViews.Batch batch(@PathVariable String id) {
        return existing(id);
    }

    @GetMapping("/{id}/trail")
    @Operation(summary = "Who did what to the batch, in order")
    List<TrailStep> trail(@PathVariable String id) {
        return views.trail(existing(id).batchId());
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit the batch for approval (BATCH_SUBMIT)")
    BatchViews.Batch submit(@PathVariable String id, Principal user) {
        batches.submit(existing(id).batchId(), user.getName());
        return caughtUp(id);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve the batch as its lines stand now (BATCH_DECIDE); never by its own preparer")
    BatchViews.Batch approve(@PathVariable String id, Principal user) {
        batches.approve(existing(id).batchId(), user.getName());
        return caughtUp(id);
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject the batch with a reason (BATCH_DECIDE)")
    BatchViews.Batch reject(@PathVariable String id, @RequestBody Rejection body, Principal user) {
        batches.reject(existing(id).batchId(), user.getName(), body.reason());
        return caughtUp(id);
    }

    private BatchViews.Batch caughtUp(String id) {
        readModels.awaitCaughtUp(CATCH_UP);
        return existing(id);
    }

    private BatchViews.Batch existing(String id) {
        return views.batch(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no batch " + id));
    }

    /** Why the batch is rejected. */
    record Rejection(String reason) {
    }
}

package id.bansos.app.web;

import id.bansos.app.disbursement.BatchService;
import id.bansos.bank.payment.DigestingOutputStream;
import id.bansos.disbursement.batch.BatchRefused;
import id.bansos.disbursement.export.Outbox;
import java.io.IOException;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The outbox as bank adapters use it: list a channel's exported files, download one (its SHA-256 in the
 * {@code X-Checksum-SHA256} header, checked against the ledger before it is served), and acknowledge collection. Each
 * bank's client sees only its own channel; the collection is recorded under the client's name.
 */
@RestController
@RequestMapping("/api/outbox/{channel}")
class OutboxApi {

    private final Jdbi jdbi;
    private final Outbox outbox;
    private final BatchService batches;

    OutboxApi(Jdbi jdbi, Outbox outbox, BatchService batches) {
        this.jdbi = jdbi;
        this.outbox = outbox;
        this.batches = batches;
    }

    @GetMapping
    List<Map<String, Object>> files(@PathVariable String channel) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT file_name, batch_id, file_sequence, format, line_count, control_sum, sha256, exported_by,
                               exported_at, collected_by, collected_at
                        FROM batch_file WHERE channel = :channel ORDER BY exported_at, batch_id, file_sequence""")
                .bind("channel", channel).mapToMap().list());
    }

    @GetMapping("/{fileName}")
    ResponseEntity<Resource> download(@PathVariable String channel, @PathVariable String fileName) throws IOException {
        String recorded = recordedSha(channel, fileName);
        Path file = outbox.find(channel, fileName).orElseThrow(() -> new ResponseStatusException(HttpStatus.GONE,
                fileName + " is recorded but no longer in the " + channel + " outbox; export the batch again"));
        String actual = DigestingOutputStream.sha256(file);
        if (!actual.equals(recorded)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, fileName + " in the outbox has SHA-256 " + actual
                    + ", not the " + recorded + " the ledger recorded; it is not served");
        }
        return ResponseEntity.ok()
                .contentType(fileName.endsWith(".xml") ? MediaType.APPLICATION_XML
                        : MediaType.parseMediaType("text/csv"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .header("X-Checksum-SHA256", recorded)
                .body(new FileSystemResource(file));
    }

    @PostMapping("/{fileName}/collected")
    Map<String, Object> collected(@PathVariable String channel, @PathVariable String fileName, Principal client) {
        String collectedBy = client.getName();
        String batchId = jdbi.withHandle(h -> h.createQuery(
                        "SELECT batch_id FROM batch_file WHERE channel = :channel AND file_name = :name")
                .bind("channel", channel).bind("name", fileName).mapTo(String.class).findOne())
                .orElseThrow(() -> notFound(channel, fileName));
        try {
            batches.collected(batchId, fileName, collectedBy);
        } catch (BatchRefused e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
        return Map.of("fileName", fileName, "batchId", batchId, "collectedBy", collectedBy);
    }

    private String recordedSha(String channel, String fileName) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT sha256 FROM batch_file WHERE channel = :channel AND file_name = :name")
                .bind("channel", channel).bind("name", fileName).mapTo(String.class).findOne())
                .orElseThrow(() -> notFound(channel, fileName));
    }

    private static ResponseStatusException notFound(String channel, String fileName) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no file " + fileName + " in the " + channel + " outbox");
    }
}

package id.bansos.app.web;

import id.bansos.app.exchange.InboundFile;
import id.bansos.app.exchange.Intake;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The inbox as bank adapters use it: upload a file a bank or PT Pos sent (the request body, as sent), and read what
 * became of each — accepted, or quarantined with its reason. The same bytes again answer 200 with the first record
 * and change nothing; a new file answers 201. Each client sees only its own channel and is recorded as the deliverer.
 */
@RestController
@RequestMapping("/api/inbox/{channel}")
class InboxApi {

    private final Intake intake;

    InboxApi(Intake intake) {
        this.intake = intake;
    }

    @PostMapping(consumes = "*/*")
    ResponseEntity<InboundFile> upload(@PathVariable String channel, @RequestParam String name, Principal client,
                                       InputStream body) throws IOException {
        try {
            InboundFile file = intake.receive(channel, name, body, "API", client.getName());
            return ResponseEntity.status(file.repeat() ? HttpStatus.OK : HttpStatus.CREATED).body(file);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @GetMapping
    List<InboundFile> files(@PathVariable String channel) {
        try {
            return intake.list(channel);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @GetMapping("/{sha256}")
    InboundFile file(@PathVariable String channel, @PathVariable String sha256) {
        return intake.find(sha256).filter(f -> f.channel().equals(channel))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "no file with SHA-256 " + sha256 + " in the " + channel + " inbox"));
    }
}

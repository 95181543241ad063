package id.bansos.app.web;

import id.bansos.app.console.TrailStep;
import id.bansos.app.console.cases.CaseViews;
import id.bansos.app.reconciliation.CaseWork;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.reconciliation.cases.Resolution;
import id.bansos.reconciliation.cases.axon.CaseCommands.AssignCase;
import id.bansos.reconciliation.cases.axon.CaseCommands.NoteCase;
import id.bansos.reconciliation.cases.readmodel.CaseQueue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
 * Investigation cases: the work queue with the console's filters, one case with its flags and trail, and the actions
 * on it (CASE_WORK). The authenticated person is the acting user; the case's rules refuse what does not stand (409).
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Investigation cases opened by flags and complaints")
class CaseApi {

    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    private final CaseViews views;
    private final CommandGateway commands;
    private final CaseWork work;
    private final ReadModels readModels;

    CaseApi(CaseViews views, CommandGateway commands, CaseWork work, ReadModels readModels) {
        this.views = views;
        this.commands = commands;
        this.work = work;
        this.readModels = readModels;
    }

    @GetMapping
    @Operation(summary = "The work queue, oldest first: by flag type, channel, region prefix, age, amount, status "
            + "(OPEN, RESOLVED or ALL) and assignee")
    List<CaseQueue.Item> queue(@RequestParam(defaultValue = "OPEN") String status,
                               @RequestParam(required = false) String type,
                               @RequestParam(required = false) String channel,
                               @RequestParam(required = false) String region,
                               @RequestParam(required = false) Integer olderThan,
                               @RequestParam(required = false) Long minAmount,
                               @RequestParam(required = false) String assignee) {
        return views.queue(new CaseQueue.Filter(type, channel, region, olderThan, minAmount,
                "ALL".equals(status) ? null : status, assignee, CaseViews.QUEUE_LIMIT));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case with its flags and trail")
    Detail one(@PathVariable String id) {
        CaseViews.Case c = existing(id);
        return new Detail(c, views.flags(id), views.trail(id));
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Give the case to an investigator")
    Detail assign(@PathVariable String id, @RequestBody Assignment body, Principal user) {
        commands.sendAndWait(new AssignCase(existing(id).caseId(), body.assignee() == null ? null
                : body.assignee().strip(), user.getName()));
        return caughtUp(id);
    }

    @PostMapping("/{id}/note")
    @Operation(summary = "Note something on the case")
    Detail note(@PathVariable String id, @RequestBody Note body, Principal user) {
        commands.sendAndWait(new NoteCase(existing(id).caseId(), body.note(), user.getName()));
        return caughtUp(id);
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "Resolve the case with a reason; REISSUE_REQUESTED names the payment to pay again")
    Detail resolve(@PathVariable String id, @RequestBody Resolving body, Principal user) {
        CaseViews.Case c = existing(id);
        work.resolve(c.caseId(), c.householdId(), body.resolution(), body.reason(), body.payment(), body.viaPos(),
                user.getName());
        return caughtUp(id);
    }

    private Detail caughtUp(String id) {
        readModels.awaitCaughtUp(CATCH_UP);
        return one(id);
    }

    private CaseViews.Case existing(String id) {
        return views.one(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + id));
    }

    /** A case, its flags and its trail. */
    record Detail(CaseViews.Case investigation, List<CaseViews.FlagRow> flags, List<TrailStep> trail) {
    }

    /** Whom to give the case to. */
    record Assignment(String assignee) {
    }

    /** What to note. */
    record Note(String note) {
    }

    /**
     * How and why the case is resolved.
     *
     * @param payment for a re-issue, the payment to pay again
     * @param viaPos  for a re-issue, whether to pay it in cash through PT Pos
     */
    record Resolving(Resolution resolution, String reason, String payment, boolean viaPos) {
    }
}

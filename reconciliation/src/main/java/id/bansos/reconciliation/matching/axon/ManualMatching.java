package id.bansos.reconciliation.matching.axon;

import id.bansos.ledger.kpm.ReportedOutcome;
import id.bansos.ledger.kpm.axon.RecordPaymentOutcomes;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.reconciliation.matching.LineMatcher;
import id.bansos.reconciliation.matching.SuspenseMatchRefused;
import id.bansos.reconciliation.matching.axon.SuspenseMatchCommands.ApproveMatch;
import id.bansos.reconciliation.matching.axon.SuspenseMatchCommands.ProposeMatch;
import id.bansos.reconciliation.matching.axon.SuspenseMatchCommands.RejectMatch;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jdbi.v3.core.Jdbi;

/**
 * Matching a statement entry left in suspense to its payment by hand, with a second person's approval. A proposal is
 * checked against the entry: the payment exists, goes through the entry's channel, has its amount, and is in the state
 * the entry's side needs (a debit of the holding account credits a payment in flight; a credit brings back a credited
 * one). On approval the payment's outcome is recorded on the household with the entry as evidence, and the entry
 * leaves suspense. Repeating any step changes nothing.
 */
public class ManualMatching {

    private static final Duration CATCH_UP = Duration.ofMinutes(1);

    private final CommandGateway commands;
    private final Jdbi jdbi;
    private final ReadModels readModels;

    public ManualMatching(CommandGateway commands, Jdbi jdbi, ReadModels readModels) {
        this.commands = commands;
        this.jdbi = jdbi;
        this.readModels = readModels;
    }

    /** {@code by} proposes that suspense entry {@code entryId} is payment {@code reference}. */
    public void propose(long entryId, String reference, String reason, String by) {
        outcome(entryId, reference);
        commands.sendAndWait(new ProposeMatch(SuspenseMatchCommands.matchId(entryId), entryId, reference, reason, by));
    }

    /** A second person approves the proposal; the payment's outcome is recorded and the entry leaves suspense. */
    public void approve(long entryId, String by) {
        String reference = proposed(entryId);
        ReportedOutcome outcome = outcome(entryId, reference);
        commands.sendAndWait(new ApproveMatch(SuspenseMatchCommands.matchId(entryId), by));
        RecordPaymentOutcomes.Result result = commands.sendAndWait(new RecordPaymentOutcomes(List.of(outcome)));
        if (!result.refused().isEmpty()) {
            throw new SuspenseMatchRefused(result.refused().get(0).reason());
        }
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE recon_exception SET resolved_at = :at WHERE id = :id AND resolved_at IS NULL")
                .bind("id", entryId).bind("at", OffsetDateTime.now(ZoneOffset.UTC)).execute());
    }

    /** A second person rejects the proposal; the entry stays in suspense for another proposal. */
    public void reject(long entryId, String reason, String by) {
        commands.sendAndWait(new RejectMatch(SuspenseMatchCommands.matchId(entryId), reason, by));
    }

    private String proposed(long entryId) {
        readModels.awaitCaughtUp(CATCH_UP);
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT reference FROM suspense_match WHERE exception_id = :id"
                                + " AND status IN ('PROPOSED', 'APPROVED')")
                .bind("id", entryId).mapTo(String.class).findOne())
                .orElseThrow(() -> new SuspenseMatchRefused("entry " + entryId + " has no match waiting for approval"));
    }

    private record Entry(String kind, String source, String channel, Long amount, String side, LocalDate bookedOn) {
    }

    private ReportedOutcome outcome(long entryId, String reference) {
        Entry entry = jdbi.withHandle(h -> h.createQuery("""
                        SELECT kind, source, channel, amount, side, booked_on FROM recon_exception WHERE id = :id""")
                .bind("id", entryId)
                .map((rs, ctx) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getObject(6, LocalDate.class)))
                .findOne())
                .orElseThrow(() -> new SuspenseMatchRefused("no suspense entry " + entryId));
        if (!"SUSPENSE".equals(entry.kind()) || entry.side() == null || entry.amount() == null) {
            throw new SuspenseMatchRefused("entry " + entryId + " is not a statement entry in suspense");
        }
        Map<String, Object> payment = jdbi.withHandle(h -> h.createQuery("""
                        SELECT household_id, channel, amount, status FROM payment_line WHERE reference = :ref""")
                .bind("ref", reference).mapToMap().findOne())
                .orElseThrow(() -> new SuspenseMatchRefused("no payment " + reference));
        long amount = entry.amount();
        boolean debit = "DEBIT".equals(entry.side());
        String wanted = debit ? "SCHEDULED" : "CREDITED";
        if (!payment.get("channel").equals(entry.channel()) || ((Number) payment.get("amount")).longValue() != amount) {
            throw new SuspenseMatchRefused("entry " + entryId + " is " + entry.channel() + " Rp " + amount
                    + "; payment " + reference + " is " + payment.get("channel") + " Rp " + payment.get("amount"));
        }
        if (!payment.get("status").equals(wanted) && !"APPROVED".equals(status(entryId))) {
            throw new SuspenseMatchRefused("payment " + reference + " is " + payment.get("status") + "; a "
                    + (debit ? "debit" : "credit") + " of the holding account matches a payment that is " + wanted);
        }
        String household = (String) payment.get("household_id");
        return debit ? new ReportedOutcome(household, reference, ReportedOutcome.Kind.CREDITED, amount, null,
                entry.bookedOn(), entry.source())
                : new ReportedOutcome(household, reference, ReportedOutcome.Kind.RETURNED, amount,
                        LineMatcher.UNSPECIFIED, entry.bookedOn(), entry.source());
    }

    private String status(long entryId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT status FROM suspense_match WHERE exception_id = :id")
                .bind("id", entryId).mapTo(String.class).findOne().orElse(null));
    }
}

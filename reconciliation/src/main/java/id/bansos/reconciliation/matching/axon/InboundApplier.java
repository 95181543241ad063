package id.bansos.reconciliation.matching.axon;

import id.bansos.bank.inspect.InboundFileReader;
import id.bansos.bank.payment.BankCode;
import id.bansos.bank.profile.BankProfile;
import id.bansos.bank.profile.BankProfiles;
import id.bansos.bank.statement.InboundDocument;
import id.bansos.bank.statement.PosPayoutReport;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.StatementLine;
import id.bansos.bank.statement.StatusLine;
import id.bansos.bank.statement.StatusReport;
import id.bansos.ledger.kpm.ReportedOutcome;
import id.bansos.ledger.kpm.axon.RecordPaymentOutcomes;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.reconciliation.matching.FallbackRule;
import id.bansos.reconciliation.matching.LineMatch;
import id.bansos.reconciliation.matching.LineMatcher;
import id.bansos.reconciliation.matching.PaymentLineView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jdbi.v3.core.Jdbi;

/**
 * Applies the files banks and PT Pos sent back, once intake accepted them: every line is matched to its payment
 * ({@link LineMatcher}) and its outcome recorded on the household, or kept as a break or in suspense for an
 * investigator. A statement line without a usable reference gets one more try by the {@link FallbackRule}. Files go
 * in order — status reports, then statements by date, then payout reports, then claim reports — and each bank's
 * statement of record (camt.053 where it sends one, else MT940) is the one applied; its other statements and
 * notifications report the same bookings and are kept, not applied twice. Applying a file again records nothing new:
 * every outcome and exception carries its evidence ({@code <sha256>#<location>}).
 */
public class InboundApplier {

    private static final int CHUNK = 1000;
    private static final Duration CATCH_UP = Duration.ofMinutes(10);

    private final CommandGateway commands;
    private final Jdbi jdbi;
    private final BankProfiles banks;
    private final ReadModels readModels;
    private final LineMatcher matcher;
    private final FallbackRule fallback;

    /**
     * @param fallback how statement lines without a usable reference are matched, if at all
     */
    public InboundApplier(CommandGateway commands, Jdbi jdbi, BankProfiles banks, ReadModels readModels,
                          FallbackRule fallback) {
        this.fallback = fallback;
        this.commands = commands;
        this.jdbi = jdbi;
        this.banks = banks;
        this.readModels = readModels;
        this.matcher = new LineMatcher(banks);
    }

    /** What applying one file gave. */
    public record Applied(long inboundId, String channel, String fileName, String format, long matched, long breaks,
                          long suspense, long skipped, String note) {
    }

    /** Applies every accepted file not yet applied, in order. */
    public List<Applied> applyAll() {
        readModels.awaitCaughtUp(CATCH_UP);
        List<Long> waiting = jdbi.withHandle(h -> h.createQuery("""
                        SELECT id FROM inbound_file WHERE status = 'ACCEPTED'
                        ORDER BY CASE WHEN format LIKE 'pain.002%' THEN 0 WHEN format LIKE 'pos-payout%' THEN 2
                                      WHEN format = 'bank-claim-report' THEN 3 ELSE 1 END,
                                 report -> 'statements' -> 0 -> 'closing' ->> 'date' NULLS FIRST, id""")
                .mapTo(Long.class).list());
        List<Applied> applied = new ArrayList<>();
        for (long id : waiting) {
            applied.add(apply(id));
        }
        return applied;
    }

    private Applied apply(long id) {
        Map<String, Object> file = jdbi.withHandle(h -> h.createQuery(
                "SELECT channel, file_name, format, sha256, stored_path FROM inbound_file WHERE id = :id")
                .bind("id", id).mapToMap().one());
        String channel = (String) file.get("channel");
        String format = (String) file.get("format");
        FileRun run = new FileRun(id, channel, (String) file.get("sha256"));
        String record = statementOfRecord(channel);
        String note = isStatement(format) && !format.startsWith(record) ? channel + "'s statement of record is "
                + record + "; this " + format + " reports the same bookings and is kept, not applied" : null;
        try {
            if (format.startsWith("pain.002")) {
                InboundDocument document = new InboundFileReader(ReadOptions.bansos())
                        .read(Path.of((String) file.get("stored_path")));
                statuses(run, (StatusReport) document);
            } else if (note == null) {
                new InboundFileReader(ReadOptions.bansos()).stream(Path.of((String) file.get("stored_path")),
                        new InboundFileReader.Sinks(
                                line -> run.add(line.reference(), p -> orFallback(channel, line,
                                        matcher.statementLine(channel, line, p, run.source(line.location())))),
                                line -> run.add(line.reference(), p -> matcher.payoutLine(line, p,
                                        run.source("line " + line.lineNumber()))),
                                line -> run.add(line.reference(), p -> matcher.claimLine(channel, line, p,
                                        run.source("line " + line.lineNumber())))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read received file " + file.get("stored_path"), e);
        }
        run.flush();
        Applied applied = new Applied(id, channel, (String) file.get("file_name"), format, run.matched, run.breaks,
                run.suspense, run.skipped, note);
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE inbound_file SET status = 'APPLIED', applied_at = :at, matched_lines = :matched,
                            break_lines = :breaks, suspense_lines = :suspense, skipped_lines = :skipped,
                            application_note = :note
                        WHERE id = :id AND status = 'ACCEPTED'""")
                .bind("id", id).bind("at", OffsetDateTime.now(ZoneOffset.UTC)).bind("matched", applied.matched())
                .bind("breaks", applied.breaks()).bind("suspense", applied.suspense())
                .bind("skipped", applied.skipped()).bind("note", note).execute());
        return applied;
    }

    private void statuses(FileRun run, StatusReport report) {
        for (StatusLine line : report.lines()) {
            if (line instanceof StatusLine.Transaction t) {
                String paymentNeeded = t.rejected() ? t.originalEndToEndId() : null;
                run.add(paymentNeeded, p -> matcher.statusLine(run.channel, t, p, run.source(t.location())));
            } else if (line.rejected()) {
                run.exception(new LineMatch.Unmatched(LineMatch.Kind.BREAK, run.source(line.location()), null, null,
                        null, null, null, "the bank rejected " + (line instanceof StatusLine.Group
                        ? "the whole file " : "a whole payment block of ") + line.originalMessageId()
                        + " without naming each payment; check the batch with the bank"));
            }
        }
    }

    private LineMatch orFallback(String channel, StatementLine line, LineMatch match) {
        if (!(match instanceof LineMatch.Unmatched suspense) || !fallback.applies(suspense)) {
            return match;
        }
        List<FallbackRule.Candidate> candidates = jdbi.withHandle(h -> h.createQuery("""
                        SELECT l.reference, l.household_id, l.program, l.channel, l.amount, l.status, l.account_number,
                               b.requested_execution_date
                        FROM payment_line l LEFT JOIN payment_batch b ON b.batch_id = l.batch_id
                        WHERE l.channel = :channel AND l.account_number = :account AND l.amount = :amount""")
                .bind("channel", channel).bind("account", suspense.counterparty()).bind("amount", suspense.amount())
                .map((rs, ctx) -> new FallbackRule.Candidate(view(rs),
                        rs.getObject("requested_execution_date", LocalDate.class)))
                .filter(c -> holdingAccount(channel, c.payment().program()).equals(line.account()))
                .list());
        return fallback.match(line, suspense, candidates);
    }

    private static PaymentLineView view(ResultSet rs) throws SQLException {
        return new PaymentLineView(rs.getString("reference"), rs.getString("household_id"), rs.getString("program"),
                rs.getString("channel"), rs.getLong("amount"), rs.getString("status"), rs.getString("account_number"));
    }

    private String holdingAccount(String channel, String program) {
        BankProfile.HoldingAccount holding = banks.profile(BankCode.of(channel)).holdingAccounts().get(program);
        return holding == null ? "" : holding.accountNumber();
    }

    private String statementOfRecord(String channel) {
        if (channel.equals("POS")) {
            return PosPayoutReport.FORMAT;
        }
        List<String> formats = banks.profile(BankCode.of(channel)).inboundFormats();
        return formats.stream().anyMatch(f -> f.startsWith("camt.053")) ? "camt.053" : "MT940";
    }

    private static boolean isStatement(String format) {
        return format.startsWith("camt.05") || format.startsWith("MT94");
    }

    /** One file being applied: its lines gathered a chunk at a time, matched, recorded, counted. */
    private final class FileRun {
        final long inboundId;
        final String channel;
        final String sha256;
        final List<String> references = new ArrayList<>();
        final List<Function<PaymentLineView, LineMatch>> pending = new ArrayList<>();
        long matched;
        long breaks;
        long suspense;
        long skipped;

        FileRun(long inboundId, String channel, String sha256) {
            this.inboundId = inboundId;
            this.channel = channel;
            this.sha256 = sha256;
        }

        String source(String location) {
            return sha256 + "#" + location;
        }

        /** Queues a line; {@code reference} names the payment its match needs looked up, or is null for none. */
        void add(String reference, Function<PaymentLineView, LineMatch> match) {
            references.add(reference);
            pending.add(match);
            if (pending.size() == CHUNK) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            Map<String, PaymentLineView> payments = payments(references);
            List<ReportedOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                String reference = references.get(i);
                LineMatch match = pending.get(i).apply(reference == null ? null : payments.get(reference));
                if (match instanceof LineMatch.Matched m) {
                    outcomes.add(m.outcome());
                    if (m.concern() != null) {
                        exception(new LineMatch.Unmatched(LineMatch.Kind.NO_PROOF, m.outcome().source() + "#proof",
                                m.outcome().reference(), m.outcome().householdId(), m.outcome().amount(), null,
                                m.outcome().bookedOn(), m.concern()));
                    }
                } else if (match instanceof LineMatch.Unmatched u) {
                    exception(u);
                } else {
                    skipped++;
                }
            }
            if (!outcomes.isEmpty()) {
                RecordPaymentOutcomes.Result result = commands.sendAndWait(new RecordPaymentOutcomes(outcomes));
                matched += outcomes.size() - result.refused().size();
                for (RecordPaymentOutcomes.Refused refused : result.refused()) {
                    var o = refused.outcome();
                    exception(new LineMatch.Unmatched(LineMatch.Kind.BREAK, o.source(), o.reference(),
                            o.householdId(), o.amount(), null, o.bookedOn(), refused.reason()));
                }
            }
            references.clear();
            pending.clear();
        }

        void exception(LineMatch.Unmatched u) {
            if (u.kind() == LineMatch.Kind.BREAK) {
                breaks++;
            } else if (u.kind() == LineMatch.Kind.SUSPENSE) {
                suspense++;
            }
            jdbi.useHandle(h -> h.createUpdate("""
                            INSERT INTO recon_exception (source, inbound_id, channel, kind, reference, household_id,
                                amount, account, booked_on, reason, recorded_at, side, counterparty)
                            VALUES (:source, :inbound, :channel, :kind, :reference, :household, :amount, :account,
                                :booked, :reason, :at, :side, :counterparty)
                            ON CONFLICT (source) DO NOTHING""")
                    .bind("source", u.source()).bind("inbound", inboundId).bind("channel", channel)
                    .bind("kind", u.kind().name()).bind("reference", u.reference()).bind("household", u.householdId())
                    .bind("amount", u.amount()).bind("account", u.account()).bind("booked", u.bookedOn())
                    .bind("reason", u.reason()).bind("at", OffsetDateTime.now(ZoneOffset.UTC))
                    .bind("side", u.side() == null ? null : u.side().name()).bind("counterparty", u.counterparty())
                    .execute());
        }

        private Map<String, PaymentLineView> payments(List<String> refs) {
            List<String> known = refs.stream().filter(r -> r != null && !r.isBlank()).distinct().toList();
            if (known.isEmpty()) {
                return Map.of();
            }
            return jdbi.withHandle(h -> h.createQuery("""
                            SELECT reference, household_id, program, channel, amount, status, account_number
                            FROM payment_line WHERE reference IN (<refs>)""")
                    .bindList("refs", known)
                    .map((rs, ctx) -> view(rs))
                    .stream().collect(Collectors.toMap(PaymentLineView::reference, p -> p)));
        }
    }
}

package id.bansos.bank.inspect;

import id.bansos.bank.payment.DigestingOutputStream;
import id.bansos.bank.statement.ClaimReport;
import id.bansos.bank.statement.InboundDocument;
import id.bansos.bank.statement.NotAStatement;
import id.bansos.bank.statement.PosPayoutReport;
import id.bansos.bank.statement.Problem;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.Statement;
import id.bansos.bank.statement.StatementReport;
import id.bansos.bank.statement.StatementSequenceTracker;
import id.bansos.bank.statement.StatusLine;
import id.bansos.bank.statement.StatusReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Looks at one inbound file: what it is, its fingerprint, its accounts, entries and totals, whether each statement's
 * balances reconcile and its numbering runs on, and every problem found. The file is streamed, never held whole.
 */
public final class StatementInspector {

    private final InboundFormatDetector detector = new InboundFormatDetector();

    /**
     * Inspects a file.
     *
     * @param strictBansos read as a bansos account's file: a currency other than IDR is an error, not a warning
     */
    public InspectionReport inspect(Path file, boolean strictBansos) throws IOException {
        ReadOptions options = strictBansos ? ReadOptions.bansos() : ReadOptions.lenient();
        InboundFormat format = detector.detect(file);
        InboundDocument document = new InboundFileReader(options).read(file, format,
                InboundFileReader.Sinks.NONE, false);
        Summary summary = new Summary(document.problems());
        if (document instanceof StatementReport report) {
            summary.statements(report);
        } else if (document instanceof StatusReport report) {
            summary.statuses(report);
        } else if (document instanceof PosPayoutReport report) {
            summary.payouts(report);
        } else if (document instanceof ClaimReport report) {
            summary.claims(report);
        }
        String description = document instanceof NotAStatement n ? n.description() : format.family().description();
        return new InspectionReport(String.valueOf(file.getFileName()), DigestingOutputStream.sha256(file),
                Files.size(file), document.format(), description, format.family(), document.messageId(), strictBansos,
                List.copyOf(summary.accounts), summary.entries, summary.lines, summary.debits, summary.credits,
                summary.currency, summary.statements, summary.counts, summary.amounts, summary.problems);
    }

    /** What the report says, gathered from the document. */
    private static final class Summary {
        final List<Problem> problems;
        final Set<String> accounts = new LinkedHashSet<>();
        final List<InspectionReport.StatementSummary> statements = new ArrayList<>();
        final Map<String, Long> counts = new TreeMap<>();
        final Map<String, BigDecimal> amounts = new TreeMap<>();
        long entries;
        long lines;
        BigDecimal debits;
        BigDecimal credits;
        String currency;

        Summary(List<Problem> problems) {
            this.problems = new ArrayList<>(problems);
        }

        void statements(StatementReport report) {
            StatementSequenceTracker sequences = new StatementSequenceTracker();
            Set<String> currencies = new LinkedHashSet<>();
            BigDecimal debitSum = BigDecimal.ZERO;
            BigDecimal creditSum = BigDecimal.ZERO;
            for (Statement s : report.statements()) {
                if (s.account() != null) {
                    accounts.add(s.account());
                }
                if (s.currency() != null) {
                    currencies.add(s.currency());
                }
                entries += s.totals().entries();
                lines += s.totals().lines();
                debitSum = debitSum.add(s.totals().debits());
                creditSum = creditSum.add(s.totals().credits());
                statements.add(new InspectionReport.StatementSummary(s.statementId(), s.account(),
                        s.sequenceNumber(), s.page(), s.currency(), s.totals().entries(), s.totals().lines(),
                        s.totals().debits(), s.totals().credits(), s.balanceCheck().opening(),
                        s.balanceCheck().closing(), s.balanceCheck().status(), s.balanceCheck().expectedClosing()));
                problems.addAll(sequences.observe(s.account(), s.sequenceNumber(), s.page(), s.location()));
            }
            if (currencies.size() == 1) {
                currency = currencies.iterator().next();
                debits = debitSum;
                credits = creditSum;
            }
        }

        void statuses(StatusReport report) {
            for (StatusLine line : report.lines()) {
                String level = line instanceof StatusLine.Group ? "group"
                        : line instanceof StatusLine.PaymentInformation ? "payment information" : "transaction";
                counts.merge(level + " " + (line.status() == null ? "(none)" : line.status()), 1L, Long::sum);
                if (line instanceof StatusLine.Transaction) {
                    entries++;
                }
            }
            lines = entries;
        }

        void claims(ClaimReport report) {
            entries = report.totals().lines();
            lines = report.totals().lines();
            counts.put("WITHDRAWN", report.totals().withdrawn());
            amounts.put("WITHDRAWN", BigDecimal.valueOf(report.totals().withdrawnRupiah()));
        }

        void payouts(PosPayoutReport report) {
            PosPayoutReport.Totals totals = report.totals();
            entries = totals.lines();
            lines = totals.lines();
            counts.put("PAID", totals.paid());
            counts.put("NOT_COLLECTED", totals.notCollected());
            amounts.put("PAID", BigDecimal.valueOf(totals.paidRupiah()));
            amounts.put("NOT_COLLECTED", BigDecimal.valueOf(totals.notCollectedRupiah()));
        }
    }
}

package id.bansos.bank.hostile;

import id.bansos.bank.inspect.InboundFormat;
import id.bansos.bank.inspect.InspectionReport;
import id.bansos.bank.statement.BalanceCheck;
import id.bansos.bank.statement.ClaimLine;
import id.bansos.bank.statement.ClaimReport;
import id.bansos.bank.statement.InboundDocument;
import id.bansos.bank.statement.PosPayoutLine;
import id.bansos.bank.statement.PosPayoutReport;
import id.bansos.bank.statement.Problem;
import id.bansos.bank.statement.Severity;
import id.bansos.bank.statement.Statement;
import id.bansos.bank.statement.StatementReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What must hold of a reader's answer to any file, however hostile: a refusal names at least one reason and leaks
 * nothing from outside the file; an entity or DTD attack is never read as a report (a pain.001 is only named, and
 * intake refuses it for its format); an acceptance holds together (balances reconcile, totals are the sum of the lines,
 * no reference twice). Each check answers what is wrong, nothing when all holds.
 */
final class Verdicts {

    /** The start of /etc/passwd, which the XXE mutations name. */
    private static final String PASSWD = "root:x:0:0";

    private Verdicts() {
    }

    /** Fails with what is wrong, if anything: for fuzz targets, whose findings are what they throw. */
    static void hold(List<String> wrong) {
        if (!wrong.isEmpty()) {
            throw new AssertionError(String.join("; ", wrong));
        }
    }

    /** What intake's inspection of a hostile file must show, given the inspection of its seed. */
    static List<String> inspection(HostileFile file, InspectionReport report, InspectionReport seed,
                                   Set<String> entityAttacks, Set<String> sameContent) {
        List<String> wrong = new ArrayList<>(problems(report.problems()));
        String first = file.mutations().split("[.+]")[0];
        boolean passwdInFile = new String(file.bytes(), StandardCharsets.ISO_8859_1).contains(PASSWD);
        report.problems().stream().filter(p -> p.message().contains(PASSWD) && !passwdInFile)
                .forEach(p -> wrong.add("a problem shows what an external entity read: " + p.message()));
        if (entityAttacks.contains(first) && !report.refused() && report.family() != InboundFormat.Family.PAIN_001) {
            wrong.add("an entity or DTD attack was not refused");
        }
        if (!report.refused()) {
            report.statements().stream().filter(s -> s.balances() == BalanceCheck.Status.MISMATCH)
                    .forEach(s -> wrong.add("accepted statement " + s.statementId() + " does not balance"));
        }
        if (sameContent.contains(file.mutations()) && !sameReading(report, seed)) {
            wrong.add("reads differently from its seed although only its line endings changed: " + report.problems());
        }
        return wrong;
    }

    /** What any reader's document must show. */
    static List<String> document(InboundDocument document) {
        List<String> wrong = new ArrayList<>(problems(document.problems()));
        if (document.refused()) {
            return wrong;
        }
        if (document instanceof StatementReport report) {
            for (Statement s : report.statements()) {
                if (s.balanceCheck().status() == BalanceCheck.Status.MISMATCH) {
                    wrong.add("accepted statement " + s.statementId() + " does not balance");
                }
                if (s.lines().size() != s.totals().lines()) {
                    wrong.add("statement " + s.statementId() + " counts " + s.totals().lines() + " lines, holds "
                            + s.lines().size());
                }
            }
        } else if (document instanceof PosPayoutReport report) {
            wrong.addAll(payouts(report));
        } else if (document instanceof ClaimReport report) {
            wrong.addAll(claims(report));
        }
        return wrong;
    }

    private static List<String> claims(ClaimReport report) {
        List<String> wrong = new ArrayList<>();
        long sum = report.lines().stream().mapToLong(ClaimLine::amountRupiah).sum();
        if (report.totals().lines() != report.lines().size() || report.totals().withdrawnRupiah() != sum) {
            wrong.add("totals " + report.totals() + " are not those of its " + report.lines().size() + " lines");
        }
        if (report.lines().stream().map(ClaimLine::reference).distinct().count() != report.lines().size()) {
            wrong.add("a reference is claimed twice");
        }
        return wrong;
    }

    private static List<String> payouts(PosPayoutReport report) {
        List<String> wrong = new ArrayList<>();
        PosPayoutReport.Totals totals = report.totals();
        long paid = report.lines().stream().filter(l -> l.status() == PosPayoutLine.Status.PAID)
                .mapToLong(PosPayoutLine::amountRupiah).sum();
        long notCollected = report.lines().stream().filter(l -> l.status() != PosPayoutLine.Status.PAID)
                .mapToLong(PosPayoutLine::amountRupiah).sum();
        if (totals.lines() != report.lines().size() || totals.paid() + totals.notCollected() != totals.lines()
                || totals.paidRupiah() != paid || totals.notCollectedRupiah() != notCollected) {
            wrong.add("totals " + totals + " are not those of its " + report.lines().size() + " lines");
        }
        if (report.lines().stream().map(PosPayoutLine::reference).distinct().count() != report.lines().size()) {
            wrong.add("a reference is paid twice");
        }
        return wrong;
    }

    private static List<String> problems(List<Problem> problems) {
        List<String> wrong = new ArrayList<>();
        for (Problem p : problems) {
            if (p.severity() == Severity.ERROR && p.message().isBlank()) {
                wrong.add("an error without a reason at " + p.location());
            }
        }
        return wrong;
    }

    private static boolean sameReading(InspectionReport a, InspectionReport b) {
        return a.refused() == b.refused() && a.entryCount() == b.entryCount() && a.lineCount() == b.lineCount()
                && Objects.equals(a.totalDebits(), b.totalDebits())
                && Objects.equals(a.totalCredits(), b.totalCredits())
                && a.counts().equals(b.counts()) && a.amounts().equals(b.amounts());
    }
}

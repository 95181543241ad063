package id.bansos.app.reports;

import id.bansos.reconciliation.trail.Account;
import id.bansos.reconciliation.trail.MoneyTrail;
import id.bansos.reconciliation.trail.readmodel.TrailPostings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The money trail's trial balance as a report — the same balances {@code trial-balance} prints, per program, period
 * and channel: funded (SP2D), held at the channel, in flight, credited, returned, deposited to the treasury and
 * suspense; each broken invariant is a note. The trail is kept per program, period and channel, so a province does
 * not narrow it.
 */
@Component
public class TrialBalanceReport {

    /** The report's name. */
    public static final String NAME = "trial-balance";

    static final List<Column> COLUMNS = List.of(Column.text("program"), Column.text("period"),
            Column.text("channel"), Column.amount("funded"), Column.amount("held"), Column.amount("inFlight"),
            Column.amount("credited"), Column.amount("returned"), Column.amount("treasury"),
            Column.amount("suspense"));

    private final TrailPostings postings;

    public TrialBalanceReport(TrailPostings postings) {
        this.postings = postings;
    }

    /** The report for {@code filter}. */
    public ReportTable of(ReportFilter filter) {
        MoneyTrail trail = postings.trail(filter.program(), filter.period());
        List<List<Object>> rows = new ArrayList<>();
        trail.trialBalance().forEach((key, b) -> {
            if (filter.channel() == null || filter.channel().equals(key.channel())) {
                rows.add(row(key.program(), key.period().toString(), key.channel(), b));
            }
        });
        List<ReportTable.Note> notes = new ArrayList<>();
        trail.breaches().stream()
                .filter(v -> filter.channel() == null || filter.channel().equals(v.key().channel()))
                .forEach(v -> notes.add(new ReportTable.Note("broken", List.of(v.text()))));
        if (notes.isEmpty()) {
            notes.add(new ReportTable.Note("sound", List.of()));
        }
        return ReportTable.totalled(NAME, filter, COLUMNS, rows, notes);
    }

    private static List<Object> row(String program, String period, String channel, Map<Account, Long> b) {
        return List.of(program, period, channel, -b.get(Account.BUDGET), b.get(Account.HOLDING),
                b.get(Account.IN_FLIGHT), b.get(Account.CREDITED), b.get(Account.RETURNED), b.get(Account.TREASURY),
                b.get(Account.SUSPENSE));
    }
}

package id.bansos.app.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** The reports there are, by name, each read by its one query. */
@Component
public class Reports {

    private final Map<String, Function<ReportFilter, ReportTable>> byName = new LinkedHashMap<>();

    public Reports(DisbursementReport disbursement, UnclaimedAgeingReport unclaimed, TreasuryReturnsReport returns,
                   TrialBalanceReport trialBalance) {
        byName.put(DisbursementReport.NAME, disbursement::of);
        byName.put(UnclaimedAgeingReport.NAME, unclaimed::of);
        byName.put(TreasuryReturnsReport.NAME, returns::of);
        byName.put(TrialBalanceReport.NAME, trialBalance::of);
    }

    /** Every report's name, in the order the screen lists them. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The named report for {@code filter}; empty when there is no such report. */
    public Optional<ReportTable> table(String name, ReportFilter filter) {
        return Optional.ofNullable(byName.get(name)).map(query -> query.apply(filter));
    }
}

package id.bansos.app.jobs;

import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.ledger.program.RuleBasedEntitlements;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Prepares this month's cycle for every program that pays in it. Runs once across all nodes (clustered JDBC store);
 * preparing again adds nothing twice, so a misfire re-run is harmless.
 */
@DisallowConcurrentExecution
public class CyclePreparationJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(CyclePreparationJob.class);

    @Autowired
    CyclePreparer cycle;
    @Autowired
    RuleBasedEntitlements rules;

    @Override
    protected void executeInternal(JobExecutionContext context) {
        YearMonth month = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Jakarta")));
        prepare(month);
    }

    /** Prepares every program paying in {@code month}. */
    void prepare(YearMonth month) {
        rules.rules(month.getYear()).programs().stream()
                .filter(p -> p.paymentMonths().contains(month.getMonthValue()))
                .forEach(p -> {
                    CyclePreparer.Result result = cycle.prepare(p.code(), month, "cycle-job");
                    log.info("Cycle {} {} prepared: {} batches, {} held", p.code(), month, result.batches().size(),
                            result.held());
                });
    }
}

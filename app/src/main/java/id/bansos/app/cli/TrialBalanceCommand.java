package id.bansos.app.cli;

import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.reconciliation.trail.Account;
import id.bansos.reconciliation.trail.MoneyTrail;
import id.bansos.reconciliation.trail.TrailKey;
import id.bansos.reconciliation.trail.readmodel.TrailPostings;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trial-balance}: the money trail's trial balance and its invariants. */
@Command(name = "trial-balance", mixinStandardHelpOptions = true,
        description = {"The money trail (double entry) per program, period and channel: funded (SP2D), held at the",
                "channel, in flight, credited, returned, deposited to the treasury, suspense; and every broken",
                "invariant. Exit status 0 when the trail is sound, 4 when an invariant is broken."})
class TrialBalanceCommand implements Callable<Integer> {

    @Option(names = "--program", description = "Only this program, e.g. SEMBAKO.")
    String program;

    @Option(names = "--period", description = "Only this period, yyyy-MM.")
    YearMonth period;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = LedgerRuntime.start()) {
            ctx.getBean(ReadModels.class).awaitCaughtUp(Duration.ofMinutes(10));
            MoneyTrail trail = ctx.getBean(TrailPostings.class).trail(program, period);
            print(trail.trialBalance());
            List<String> violations = trail.violations();
            violations.forEach(v -> System.out.println("BROKEN: " + v));
            System.out.println(violations.isEmpty() ? "The trail is sound: postings sum to zero and funded = held + in "
                    + "flight + credited + returned + treasury + suspense everywhere."
                    : violations.size() + " invariants broken.");
            return violations.isEmpty() ? 0 : 4;
        }
    }

    private static void print(Map<TrailKey, Map<Account, Long>> balances) {
        System.out.printf("%-8s %-7s %-8s %16s %14s %16s %16s %14s %14s %12s%n", "program", "period", "channel",
                "funded", "held", "in flight", "credited", "returned", "treasury", "suspense");
        balances.forEach((key, b) -> System.out.printf("%-8s %-7s %-8s %,16d %,14d %,16d %,16d %,14d %,14d %,12d%n",
                key.program(), key.period(), key.channel(), -b.get(Account.BUDGET), b.get(Account.HOLDING),
                b.get(Account.IN_FLIGHT), b.get(Account.CREDITED), b.get(Account.RETURNED), b.get(Account.TREASURY),
                b.get(Account.SUSPENSE)));
    }
}

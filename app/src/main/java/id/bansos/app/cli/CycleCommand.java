package id.bansos.app.cli;

import id.bansos.disbursement.cycle.axon.CyclePreparer;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cycle prepare}: build a program's batches for a period. */
@Command(name = "cycle", mixinStandardHelpOptions = true, description = "Monthly payment cycles.",
        subcommands = CycleCommand.Prepare.class)
class CycleCommand {

    @Command(name = "prepare", mixinStandardHelpOptions = true,
            description = {"Build one batch per channel from the payable entitlements of a program and period.",
                    "Held entitlements stay out and are listed with their reasons. Running it again adds nothing"
                            + " twice."})
    static class Prepare implements Callable<Integer> {

        @Option(names = "--program", required = true, description = "Program code, e.g. PKH or SEMBAKO.")
        String program;

        @Option(names = "--period", required = true, description = "Payment month, YYYY-MM.")
        YearMonth period;

        @Option(names = "--user", description = "Acting user (default: the OS user).")
        String user = System.getProperty("user.name");

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = LedgerRuntime.start()) {
                CyclePreparer.Result result = ctx.getBean(CyclePreparer.class).prepare(program, period, user);
                System.out.printf("Cycle %s %s: %d batches, %,d entitlements held%n", program, period,
                        result.batches().size(), result.held());
                result.batches().forEach(b -> System.out.printf("  %-28s %-8s %,9d lines  Rp %,d%n", b.batchId(),
                        b.channel(), b.digest().lineCount(), b.digest().controlSum()));
                return 0;
            }
        }
    }
}

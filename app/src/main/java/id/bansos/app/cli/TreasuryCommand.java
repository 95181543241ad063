package id.bansos.app.cli;

import id.bansos.app.reconciliation.TreasuryService;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.reconciliation.treasury.DepositRefused;
import id.bansos.reconciliation.treasury.readmodel.TreasuryAgeing;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code treasury …}: returned money on its way to kas negara. */
@Command(name = "treasury", mixinStandardHelpOptions = true,
        description = "Returned money and its deposit to kas negara.",
        subcommands = {TreasuryCommand.Deposit.class, TreasuryCommand.Ageing.class})
class TreasuryCommand {

    @Command(name = "deposit", mixinStandardHelpOptions = true,
            description = "Record a deposit of returned money to kas negara with its NTPN; the same NTPN again"
                    + " records nothing.")
    static class Deposit implements Callable<Integer> {
        @Option(names = "--program", required = true)
        String program;
        @Option(names = "--period", required = true, description = "yyyy-MM")
        YearMonth period;
        @Option(names = "--channel", required = true, description = "BRI … BSI or POS")
        String channel;
        @Option(names = "--ntpn", required = true, description = "The deposit's NTPN, 16 letters or digits.")
        String ntpn;
        @Option(names = "--amount", required = true, description = "Whole rupiah.")
        long amount;
        @Option(names = "--on", description = "The deposit date (default today).")
        LocalDate on;
        @Option(names = "--user", required = true)
        String user;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = LedgerRuntime.start()) {
                LocalDate day = on != null ? on : LocalDate.now(ZoneId.of("Asia/Jakarta"));
                ctx.getBean(TreasuryService.class).deposit(program, period, channel, ntpn, amount, day, user);
                System.out.printf("Deposit %s of Rp %,d for %s %s %s recorded by %s%n", ntpn, amount, program, period,
                        channel, user);
                return 0;
            } catch (DepositRefused e) {
                System.err.println("Refused: " + e.getMessage());
                return 3;
            }
        }
    }

    @Command(name = "ageing", mixinStandardHelpOptions = true,
            description = "Returned money per program, period and channel: returned, deposited, awaiting, and its age.")
    static class Ageing implements Callable<Integer> {
        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = LedgerRuntime.start()) {
                ctx.getBean(ReadModels.class).awaitCaughtUp(Duration.ofMinutes(5));
                LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
                System.out.printf("%-8s %-7s %-8s %16s %16s %16s %8s%n", "program", "period", "channel", "returned",
                        "deposited", "awaiting", "age (d)");
                for (TreasuryAgeing.Line l : ctx.getBean(TreasuryAgeing.class).lines()) {
                    System.out.printf("%-8s %-7s %-8s %,16d %,16d %,16d %8d%n", l.program(), l.period(), l.channel(),
                            l.returned(), l.deposited(), l.awaiting(), l.ageDays(today));
                }
                return 0;
            }
        }
    }
}

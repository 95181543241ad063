package id.bansos.app.cli;

import id.bansos.app.exchange.SimulatedBanks;
import id.bansos.bank.profile.BankProfiles;
import id.bansos.bank.simulator.SimulationOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code simulate bank}: play the banks and PT Pos against exported files. Needs no database. */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Play the banks and PT Pos.",
        subcommands = SimulateCommand.Bank.class)
class SimulateCommand {

    @Command(name = "bank", mixinStandardHelpOptions = true,
            description = {"Reply to every exported file in OUTBOX/<CHANNEL>/ as the bank or PT Pos would, into",
                    "INBOX/<CHANNEL>/ (pain.002, camt.053/054 or MT940 per the bank profile, and the claim",
                    "(withdrawal) report; PT Pos payout reports). The same files and seed give the same bytes.",
                    "See docs/formats/bank-simulator.md."})
    static class Bank implements Callable<Integer> {

        @Option(names = "--in", required = true, description = "The outbox root, with a folder per channel.")
        Path outbox;

        @Option(names = "--out", required = true, description = "The inbox root to write the replies into.")
        Path inbox;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of every outcome (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--rates", defaultValue = "typical",
                description = "typical (1% per reject and return code, 0.5% double credits, 5% unclaimed, 5% PT Pos "
                        + "not collected, 3% without full proof) or none (everything paid).")
        String rates;

        @Option(names = "--bank-profiles", description = "Bank profiles (default: the bundled ones).")
        Path bankProfiles;

        @Override
        public Integer call() throws Exception {
            SimulationOptions.Rates chosen = switch (rates) {
                case "typical" -> SimulationOptions.Rates.typical();
                case "none" -> SimulationOptions.Rates.none();
                default -> throw new IllegalArgumentException("--rates is typical or none, not '" + rates + "'");
            };
            List<Path> written = new SimulatedBanks(BankProfiles.load(bankProfiles), SimulationOptions.of(seed, chosen))
                    .replyToAll(outbox, inbox);
            written.forEach(p -> System.out.println(inbox.relativize(p)));
            System.err.printf("%d replies written to %s (seed %d, rates %s)%n", written.size(), inbox, seed, rates);
            return 0;
        }
    }
}

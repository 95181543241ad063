package id.bansos.app.cli;

import id.bansos.app.kpm.LedgerConfig;
import id.bansos.bank.profile.BankProfiles;
import id.bansos.ledger.roster.GeneratorOptions;
import id.bansos.ledger.roster.PlantedCases;
import id.bansos.ledger.roster.RosterGenerator;
import id.bansos.ledger.roster.RosterWriter;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code roster generate}: a synthetic roster, deterministic for a seed. Needs no database. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic DTSEN roster (CSV) to standard output or --out; the same seed gives the"
                + " same file.")
class RosterGenerateCommand implements Callable<Integer> {

    @Option(names = "--households", required = true, description = "Number of households.")
    int households;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", description = "Write to this file instead of standard output.")
    Path out;

    @Option(names = "--clean", description = "Plant no deceased, duplicate or shared-account cases.")
    boolean clean;

    @Option(names = "--plants", description = "Also write what was planted (deceased, duplicates) to this file.")
    Path plants;

    @Option(names = "--bank-profiles", description = "Bank profiles whose account-number lengths the accounts take "
            + "(default: the bundled ones, as bansos.exchange.bank-profiles).")
    Path bankProfiles;

    @Override
    public Integer call() throws Exception {
        GeneratorOptions options = clean ? GeneratorOptions.clean(households, seed)
                : GeneratorOptions.of(households, seed);
        RosterGenerator generator = new RosterGenerator(options,
                LedgerConfig.accountRules(BankProfiles.load(bankProfiles)));
        PlantedCases planted;
        try (Writer writer = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            RosterWriter roster = new RosterWriter(writer);
            planted = generator.generate(roster::write);
        }
        if (plants != null) {
            Files.writeString(plants, PlantsReport.text(planted), StandardCharsets.UTF_8);
        }
        System.err.printf("%,d households written (seed %d): %d deceased pengurus, %d deceased members, "
                        + "%d duplicate NIK, %d duplicate KK, %d shared accounts planted%n", households, seed,
                planted.deceasedPengurus().size(), planted.deceasedMember().size(), planted.duplicateNik().size(),
                planted.duplicateKk().size(), planted.sharedAccount().size());
        return 0;
    }
}

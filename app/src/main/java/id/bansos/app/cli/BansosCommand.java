package id.bansos.app.cli;

import picocli.CommandLine.Command;

/** The {@code bansos} command line: one jar for the server and every operator command. */
@Command(name = "bansos", mixinStandardHelpOptions = true, version = "bansos-ledger 0.1.0",
        description = "Disbursement and reconciliation ledger for bansos (PKH, Sembako, BLT).",
        subcommands = {ServeCommand.class, RosterCommand.class, HouseholdCommand.class, CycleCommand.class,
                BatchCommand.class, BenchCommand.class, CaseCommand.class, FlagsCommand.class, DemoCommand.class, ReadModelsCommand.class, ReconcileCommand.class, SimulateCommand.class, TrailCommand.class,
                StatementCommand.class})
public class BansosCommand {
}

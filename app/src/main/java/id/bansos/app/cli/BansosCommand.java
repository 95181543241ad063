package id.bansos.app.cli;

import picocli.CommandLine.Command;

/** The {@code bansos} command line: one jar for the server and every operator command. */
@Command(name = "bansos", mixinStandardHelpOptions = true, version = "bansos-ledger 0.1.0",
        description = "Disbursement and reconciliation ledger for bansos (PKH, Sembako, BLT).",
        subcommands = {ServeCommand.class, DemoCommand.class, RosterCommand.class, HouseholdCommand.class,
                CycleCommand.class, BatchCommand.class, StatementCommand.class, SimulateCommand.class,
                ReconcileCommand.class, SuspenseCommand.class, FlagsCommand.class, CaseCommand.class,
                ComplaintCommand.class, PaymentCommand.class, TrialBalanceCommand.class, TreasuryCommand.class,
                ReportCommand.class, ReadModelsCommand.class, BenchCommand.class})
public class BansosCommand {
}

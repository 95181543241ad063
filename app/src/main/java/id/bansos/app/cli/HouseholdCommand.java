package id.bansos.app.cli;

import picocli.CommandLine.Command;

/** {@code household …}: look at households (KPM). */
@Command(name = "household", mixinStandardHelpOptions = true, description = "Look at households (KPM).",
        subcommands = HouseholdShowCommand.class)
class HouseholdCommand {
}

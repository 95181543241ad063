package id.bansos.app.cli;

import picocli.CommandLine.Command;

/** {@code roster …}: generate and import DTSEN rosters. */
@Command(name = "roster", mixinStandardHelpOptions = true,
        description = "Generate and import household rosters (DTSEN).",
        subcommands = {RosterGenerateCommand.class, RosterImportCommand.class})
class RosterCommand {
}

package id.bansos.app.cli;

import id.bansos.app.exchange.InboundFile;
import id.bansos.app.exchange.Intake;
import id.bansos.bank.inspect.InspectionReport;
import id.bansos.bank.inspect.StatementInspector;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code statement inspect FILE}: what a bank or PT Pos file is and whether it holds together. Needs no database. */
@Command(name = "statement", mixinStandardHelpOptions = true, description = "Look at files banks and PT Pos send back.",
        subcommands = {StatementCommand.Inspect.class, StatementCommand.Receive.class})
class StatementCommand {

    @Command(name = "inspect", mixinStandardHelpOptions = true,
            description = {"Detect the format (pain.002, camt.053/054, MT940/MT942, PT Pos payout report; pain.001"
                            + " is named",
                    "as a payment initiation) and print message id, accounts, entry count, debit and credit totals,",
                    "opening/closing balances and whether they reconcile, and every problem found.",
                    "Exit status 0 when the file is readable, 2 when it would be refused."})
    static class Inspect implements Callable<Integer> {

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--json", description = "Print the report as JSON.")
        boolean json;

        @Option(names = "--strict",
                description = "Read as a bansos account's file: a currency other than IDR is an error.")
        boolean strict;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                System.err.println("No such file: " + file);
                return 2;
            }
            InspectionReport report = new StatementInspector().inspect(file, strict);
            System.out.println(json ? report.toJson() : report.toText());
            return report.refused() ? 2 : 0;
        }
    }

    @Command(name = "receive", mixinStandardHelpOptions = true,
            description = {"Receive a file a bank or PT Pos sent, as the inbox folder and API do: store it under its",
                    "SHA-256, read it whole, and accept it or quarantine it with the reason. The same file again"
                            + " changes",
                    "nothing. Exit status 0 when accepted, 2 when quarantined."})
    static class Receive implements Callable<Integer> {

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--channel", required = true, description = "BRI, BNI, MANDIRI, BTN, BSI or POS: who sent it.")
        String channel;

        @Option(names = "--user", required = true, description = "The person receiving it.")
        String user;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                System.err.println("No such file: " + file);
                return 2;
            }
            try (ConfigurableApplicationContext ctx = LedgerRuntime.start();
                 InputStream in = Files.newInputStream(file)) {
                InboundFile received = ctx.getBean(Intake.class).receive(channel, file.getFileName().toString(), in,
                        "CLI", user);
                System.out.printf("%s %s: %s%s, sha256 %s, %s%n", received.channel(), received.fileName(),
                        received.status(), received.repeat() ? " (received before; nothing changed)" : "",
                        received.sha256(), received.format());
                if (received.reason() != null) {
                    System.out.println("Reason: " + received.reason());
                }
                return "ACCEPTED".equals(received.status()) ? 0 : 2;
            }
        }
    }
}

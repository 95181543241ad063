package id.bansos.app;

import id.bansos.app.cli.BansosCommand;
import picocli.CommandLine;

/**
 * Entry point of {@code bansos.jar}. Without arguments it serves; otherwise it runs the named command and exits with
 * its status.
 */
public final class BansosApplication {

    private BansosApplication() {
    }

    /**
     * A command refused for bad input (a missing file, a wrong value) prints its reason and exits 2; anything else is
     * a fault and prints its stack trace.
     */
    private static int refused(Exception e, CommandLine cli, CommandLine.ParseResult parsed) throws Exception {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        if (cause instanceof IllegalArgumentException) {
            cli.getErr().println("Refused: " + cause.getMessage());
            return 2;
        }
        throw e;
    }

    public static void main(String[] args) {
        System.setProperty("disable-axoniq-console-message", "true");
        System.setProperty("axoniq.update-checker.disabled", "true");
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.zonky"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        CommandLine cli = new CommandLine(new BansosCommand()).setExecutionExceptionHandler(BansosApplication::refused);
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        int status = cli.execute(effective);
        CommandLine.ParseResult parsed = cli.getParseResult();
        boolean serving = status == 0 && parsed != null && parsed.hasSubcommand()
                && "serve".equals(parsed.subcommand().commandSpec().name())
                && !parsed.subcommand().isUsageHelpRequested() && !parsed.subcommand().isVersionHelpRequested();
        if (!serving) {
            System.exit(status);
        }
    }
}

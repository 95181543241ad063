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

    public static void main(String[] args) {
        System.setProperty("disable-axoniq-console-message", "true");
        System.setProperty("axoniq.update-checker.disabled", "true");
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.zonky"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        CommandLine cli = new CommandLine(new BansosCommand());
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

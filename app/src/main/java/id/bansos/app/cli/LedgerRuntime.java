package id.bansos.app.cli;

import id.bansos.app.BansosServer;
import id.bansos.ledger.readmodel.ReadModels;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Starts the ledger (database, Axon, read models) for a CLI command: no web server, no scheduled jobs. A command ends
 * once the read models show every event it stored, so that the next command (or a screen) reads what it did.
 */
final class LedgerRuntime {

    private static final Logger log = LoggerFactory.getLogger(LedgerRuntime.class);
    /** How long closing waits for the read models before it leaves them to the next node or command. */
    private static final Duration CATCH_UP = Duration.ofMinutes(2);

    private LedgerRuntime() {
    }

    static ConfigurableApplicationContext start() {
        SpringApplication app = new SpringApplication(BansosServer.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        ConfigurableApplicationContext ctx = app.run("--spring.quartz.auto-startup=false",
                "--logging.level.id.bansos=WARN");
        ctx.addApplicationListener((ApplicationListener<ContextClosedEvent>) closed -> awaitReadModels(ctx));
        return ctx;
    }

    /** Runs while the event processors still run: closing stops them only after this. */
    private static void awaitReadModels(ConfigurableApplicationContext ctx) {
        try {
            ctx.getBean(ReadModels.class).awaitCaughtUp(CATCH_UP);
        } catch (RuntimeException e) {
            log.warn("The read models do not show every event of this command yet ({}); the next node or command "
                    + "to run brings them up to date", e.getMessage());
        }
    }
}

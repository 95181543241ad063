package id.bansos.app.cli;

import id.bansos.app.BansosServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the ledger (database, Axon, read models) for a CLI command: no web server, no scheduled jobs. */
final class LedgerRuntime {

    private LedgerRuntime() {
    }

    static ConfigurableApplicationContext start() {
        SpringApplication app = new SpringApplication(BansosServer.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        return app.run("--spring.quartz.auto-startup=false", "--logging.level.id.bansos=WARN");
    }
}

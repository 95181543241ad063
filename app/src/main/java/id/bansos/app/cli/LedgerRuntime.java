package id.bansos.app.cli;

import id.bansos.app.BansosServer;
import java.util.HashMap;
import java.util.Map;
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
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("spring.quartz.auto-startup", "false");
        defaults.put("logging.level.id.bansos", "WARN");
        app.setDefaultProperties(defaults);
        return app.run();
    }
}

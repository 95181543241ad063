package id.bansos.app.cli;

import id.bansos.app.BansosServer;
import id.bansos.app.db.DataSourceConfig.DatabaseLocation;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the web console, the REST API and the scheduled jobs. The default command. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the server: web console, REST API, scheduled jobs (the default command).")
class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default ${DEFAULT-VALUE}).", defaultValue = "${env:BANSOS_PORT:-8080}")
    int port;

    @Option(names = "--demo", description = "Load a generated demo roster on first start (demo users, demo data).")
    boolean demo;

    @Option(names = "--demo-households", defaultValue = "2000",
            description = "Households in the demo roster (default ${DEFAULT-VALUE}).")
    int demoHouseholds;

    @Override
    public Integer call() throws Exception {
        SpringApplication app = new SpringApplication(BansosServer.class);
        app.setAdditionalProfiles(demo ? new String[] {"demo"} : new String[0]);
        ConfigurableApplicationContext ctx = app.run("--server.port=" + port);
        if (demo) {
            DemoRoster.loadIfEmpty(ctx, demoHouseholds, System.out);
        }
        DatabaseLocation db = ctx.getBean(DatabaseLocation.class);
        System.out.println();
        System.out.println("bansos-ledger is running.");
        System.out.println("  Database:  " + db.describe());
        System.out.println("  Health:    http://localhost:" + port + "/actuator/health");
        System.out.println("  Batches:   http://localhost:" + port + "/api/batches");
        System.out.println("  Household: http://localhost:" + port + "/api/households/KPM00000001");
        System.out.println("  Totals:    http://localhost:" + port + "/api/entitlements/totals?program=SEMBAKO&period=2026-10");
        System.out.println("Stop with Ctrl+C.");
        return null;
    }
}

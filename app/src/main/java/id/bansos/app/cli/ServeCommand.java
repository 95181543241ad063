package id.bansos.app.cli;

import id.bansos.app.BansosServer;
import id.bansos.app.db.DataSourceConfig.DatabaseLocation;
import id.bansos.disbursement.export.Outbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the web console, the REST API and the scheduled jobs. The default command. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the server: web console, REST API, scheduled jobs (the default command).")
class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default ${DEFAULT-VALUE}).",
            defaultValue = "${env:BANSOS_PORT:-8080}")
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
        List<String> args = new ArrayList<>(List.of("--server.port=" + port));
        DemoLogins logins = new DemoLogins();
        Map<String, String> demoClients = demo ? logins.exchangeClients(args) : Map.of();
        Map<String, String> demoUsers = demo ? logins.consoleUsers(args) : Map.of();
        Map<String, String> demoAgencies = demo ? logins.agencyClients(args) : Map.of();
        ConfigurableApplicationContext ctx = app.run(args.toArray(String[]::new));
        if (demo) {
            DemoRoster.loadIfEmpty(ctx, demoHouseholds, System.out);
        }
        DatabaseLocation db = ctx.getBean(DatabaseLocation.class);
        System.out.println();
        System.out.println("bansos-ledger is running.");
        System.out.println("  Database:  " + db.describe());
        System.out.println("  Console:   http://localhost:" + port + "/ (Bahasa Indonesia; English with ?lang=en)");
        System.out.println("  Health:    http://localhost:" + port + "/actuator/health");
        System.out.println("  Batches:   http://localhost:" + port + "/api/batches");
        System.out.println("  Household: http://localhost:" + port + "/api/households/KPM00000001");
        System.out.println("  Totals:    http://localhost:" + port
                + "/api/entitlements/totals?program=SEMBAKO&period=2026-10");
        System.out.println("  Outbox:    http://localhost:" + port + "/api/outbox/{channel} (files in "
                + ctx.getBean(Outbox.class).root() + ")");
        System.out.println("  Inbox:     http://localhost:" + port + "/api/inbox/{channel}");
        System.out.println("  API:       http://localhost:" + port + "/swagger-ui.html (agencies: POST /api/status)");
        demoUsers.forEach((name, password) -> System.out.println("  Demo console user:    " + name + " / "
                + password));
        demoClients.forEach((name, password) -> System.out.println("  Demo exchange client: " + name + " / "
                + password));
        demoAgencies.forEach((name, password) -> System.out.println("  Demo agency client:   " + name + " / "
                + password));
        System.out.println("Stop with Ctrl+C.");
        return null;
    }
}

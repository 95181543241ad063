package id.bansos.app.cli;

import id.bansos.app.BansosServer;
import id.bansos.app.db.DataSourceConfig.DatabaseLocation;
import id.bansos.disbursement.export.Outbox;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
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
        List<String> args = new ArrayList<>(List.of("--server.port=" + port));
        Map<String, String> demoClients = demo ? demoClients(args) : Map.of();
        ConfigurableApplicationContext ctx = app.run(args.toArray(String[]::new));
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
        System.out.println("  Outbox:    http://localhost:" + port + "/api/outbox/{channel} (files in "
                + ctx.getBean(Outbox.class).root() + ")");
        System.out.println("  Inbox:     http://localhost:" + port + "/api/inbox/{channel}");
        demoClients.forEach((name, password) -> System.out.println("  Demo exchange client: " + name + " / " + password));
        System.out.println("Stop with Ctrl+C.");
        return null;
    }

    /**
     * One exchange API client per channel for the demo, with a password made now and printed at start; no other
     * profile has default passwords.
     */
    private static Map<String, String> demoClients(List<String> args) {
        SecureRandom random = new SecureRandom();
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        Map<String, String> clients = new LinkedHashMap<>();
        List<String> channels = List.of("BRI", "BNI", "MANDIRI", "BTN", "BSI", "POS");
        for (int i = 0; i < channels.size(); i++) {
            byte[] secret = new byte[12];
            random.nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            String name = "demo-" + channels.get(i).toLowerCase(Locale.ROOT);
            String prefix = "--bansos.exchange.clients[" + i + "].";
            args.add(prefix + "name=" + name);
            args.add(prefix + "channel=" + channels.get(i));
            args.add(prefix + "password-hash={bcrypt}" + bcrypt.encode(password));
            clients.put(name, password);
        }
        return clients;
    }
}

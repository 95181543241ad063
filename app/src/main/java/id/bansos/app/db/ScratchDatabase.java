package id.bansos.app.db;

import id.bansos.app.BansosServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A database of its own for a one-off run (the demo, the benchmark), created on a PostgreSQL server, and a ledger
 * started on it: no web server, no scheduled jobs.
 */
public final class ScratchDatabase {

    private ScratchDatabase() {
    }

    /** Creates an empty database named {@code <prefix>_<random>} on the server at {@code adminUrl}; answers its URL. */
    public static String create(String adminUrl, String user, String password, String prefix) throws SQLException {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(adminUrl, user, password)) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        return adminUrl.substring(0, slash + 1) + name;
    }

    /** Drops a database {@link #create} made, closing what still holds it open. */
    public static void drop(String adminUrl, String user, String password, String url) throws SQLException {
        String name = url.substring(url.lastIndexOf('/') + 1);
        if (!name.matches("[a-z_]+_[0-9a-f]{12}")) {
            throw new IllegalArgumentException("not a scratch database: " + url);
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password)) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /**
     * Starts the ledger on a database, exchanging files under {@code exchange}.
     *
     * @param extraArgs further {@code --key=value} settings
     */
    public static ConfigurableApplicationContext start(String url, String user, String password, Path exchange,
                                                       List<String> extraArgs) {
        List<String> args = new ArrayList<>(List.of("--bansos.db.url=" + url, "--bansos.db.user=" + user,
                "--bansos.db.password=" + password, "--bansos.exchange.root=" + exchange,
                "--spring.quartz.auto-startup=false", "--logging.level.id.bansos=WARN"));
        args.addAll(extraArgs);
        return new SpringApplicationBuilder(BansosServer.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }
}

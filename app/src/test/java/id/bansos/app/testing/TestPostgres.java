package id.bansos.app.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The PostgreSQL server tests run against, chosen once per JVM: the server named by {@code BANSOS_TEST_DB_URL} (or
 * {@code BANSOS_DB_URL}) when set, else a Testcontainers PostgreSQL where Docker runs, else an embedded PostgreSQL.
 * Every test context gets a database of its own on that server, so tests never see each other's data.
 */
public final class TestPostgres {

    private static Server server;

    private TestPostgres() {
    }

    /** The server's admin connection, for code that creates databases of its own (the benchmark). */
    public static synchronized Database admin() {
        if (server == null) {
            server = startServer();
        }
        return new Database(server.adminUrl(), server.user(), server.password(), server.kind());
    }

    /** Creates a new, empty database and returns how to reach it. */
    public static synchronized Database freshDatabase() {
        admin();
        String name = "bansos_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database on " + server.adminUrl(), e);
        }
        return new Database(server.urlOf(name), server.user(), server.password(), server.kind());
    }

    private static Server startServer() {
        String url = firstNonBlank(System.getenv("BANSOS_TEST_DB_URL"), System.getenv("BANSOS_DB_URL"));
        if (url != null) {
            String user = firstNonBlank(System.getenv("BANSOS_TEST_DB_USER"), System.getenv("BANSOS_DB_USER"),
                    "postgres");
            String password = firstNonBlank(System.getenv("BANSOS_TEST_DB_PASSWORD"),
                    System.getenv("BANSOS_DB_PASSWORD"), "");
            return new Server(url, user, password, "environment");
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15");
            container.start();
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "testcontainers");
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
            return new Server(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL for the tests", e);
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** A database created for one test context. */
    public record Database(String url, String user, String password, String serverKind) {
    }

    private record Server(String adminUrl, String user, String password, String kind) {
        String urlOf(String database) {
            int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
            int query = adminUrl.indexOf('?', slash);
            return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
        }
    }
}

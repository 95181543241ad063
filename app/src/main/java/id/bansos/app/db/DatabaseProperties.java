package id.bansos.app.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which PostgreSQL the application uses. {@code bansos.db.url} (environment {@code BANSOS_DB_URL}) names an external
 * server; when it is empty, an embedded PostgreSQL is started (or joined, if another bansos process on this machine
 * already runs it) with its data under {@code bansos.db.embedded.dir}.
 */
@ConfigurationProperties("bansos.db")
public record DatabaseProperties(String url, String user, String password, Integer poolSize, Embedded embedded) {

    public DatabaseProperties {
        user = user == null || user.isBlank() ? "postgres" : user;
        password = password == null ? "" : password;
        poolSize = poolSize == null ? 12 : poolSize;
        embedded = embedded == null ? new Embedded(null, null) : embedded;
    }

    /** True when an external server is named. */
    public boolean external() {
        return url != null && !url.isBlank();
    }

    /**
     * Settings of the embedded PostgreSQL.
     *
     * @param dir  where its data and lock files live (default {@code ~/.bansos/db})
     * @param port the port it listens on, on 127.0.0.1 only (default 54329)
     */
    public record Embedded(Path dir, Integer port) {
        public Embedded {
            dir = dir == null ? Path.of(System.getProperty("user.home"), ".bansos", "db") : dir;
            port = port == null ? 54329 : port;
        }
    }
}

package id.bansos.app.cli;

import id.bansos.app.db.EmbeddedDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * The PostgreSQL a one-off run creates its databases on: the server named by {@code --db-url}, or a throwaway
 * embedded one in the run's work folder, stopped when the run ends.
 */
final class ScratchPostgres implements AutoCloseable {

    private final String adminUrl;
    private final EmbeddedDatabase embedded;

    private ScratchPostgres(String adminUrl, EmbeddedDatabase embedded) {
        this.adminUrl = adminUrl;
        this.embedded = embedded;
    }

    /** The server at {@code dbUrl}, or, when it is null, an embedded one under {@code work/db}. */
    static ScratchPostgres open(String dbUrl, Path work) throws IOException {
        if (dbUrl != null) {
            return new ScratchPostgres(dbUrl, null);
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.startOrJoin(work.resolve("db"), freePort());
        return new ScratchPostgres(embedded.jdbcUrl(), embedded);
    }

    /** A JDBC URL of the server on which databases may be created. */
    String adminUrl() {
        return adminUrl;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

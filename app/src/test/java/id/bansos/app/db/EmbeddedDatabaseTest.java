package id.bansos.app.db;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.testing.JavaProcess;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void the_embedded_database_is_durable_and_starts_again_after_its_process_was_killed_hard() throws Exception {
        int port = JavaProcess.freePort();
        Process holder = JavaProcess.of(List.of(), EmbeddedDatabaseHolder.class, dir.toString(), Integer.toString(port))
                .redirectErrorStream(true).start();
        String ready = awaitReady(holder);
        assertThat(ready).startsWith("READY");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v TEXT)");
            s.execute("INSERT INTO kept VALUES ('before the crash')");
        }

        holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(Files.exists(dir.resolve("pgdata/postmaster.pid")))
                .as("the killed process leaves its postmaster behind").isTrue();

        try (EmbeddedDatabase again = EmbeddedDatabase.startOrJoin(dir, port);
             Connection c = DriverManager.getConnection(again.jdbcUrl(), "postgres", "");
             Statement s = c.createStatement()) {
            assertThat(again.owner()).isTrue();
            ResultSet rs = s.executeQuery(
                    "SELECT v, current_setting('fsync'), current_setting('synchronous_commit') FROM kept");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("before the crash");
            assertThat(rs.getString(2)).isEqualTo("on");
            assertThat(rs.getString(3)).isEqualTo("on");
        }
    }

    private static String awaitReady(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("READY")) {
                return line;
            }
        }
        throw new IllegalStateException("the holder process ended before the database was ready");
    }
}

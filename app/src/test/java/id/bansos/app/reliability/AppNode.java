package id.bansos.app.reliability;

import id.bansos.app.BansosApplication;
import id.bansos.app.testing.JavaProcess;
import id.bansos.app.testing.TestPostgres;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One {@code bansos.jar} process of the test classpath, on a database and with system properties of the caller's
 * choosing; what it prints goes to a log file of its own.
 */
final class AppNode {

    private static final List<String> JVM = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private AppNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts {@code serve --port <free port>} with the given system properties. */
    static AppNode serve(String name, TestPostgres.Database db, Map<String, String> properties, Path logs)
            throws IOException {
        int port = JavaProcess.freePort();
        Path log = logs.resolve(name + ".log");
        return new AppNode(name, port, log, start(db, properties, log, "serve", "--port", Integer.toString(port)));
    }

    /** Starts a CLI command as a process of its own, to be waited for ({@link #awaitExit}) or killed. */
    static AppNode command(String name, TestPostgres.Database db, Map<String, String> properties, Path logs,
                           String... args) throws IOException {
        Path log = logs.resolve(name + ".log");
        return new AppNode(name, -1, log, start(db, properties, log, args));
    }

    /** Runs a CLI command as a short-lived process of its own; fails unless it ends with status 0 in time. */
    static void run(String name, TestPostgres.Database db, Path logs, Duration timeout, String... args)
            throws IOException, InterruptedException {
        run(name, db, Map.of(), logs, timeout, args);
    }

    /** {@link #run(String, TestPostgres.Database, Path, Duration, String...)} with system properties. */
    static void run(String name, TestPostgres.Database db, Map<String, String> properties, Path logs, Duration timeout,
                    String... args) throws IOException, InterruptedException {
        AppNode node = command(name, db, properties, logs, args);
        int status = node.awaitExit(timeout);
        if (status != 0) {
            throw new IllegalStateException(name + " ended with status " + status + ":\n" + tail(node.log));
        }
    }

    /** Waits for the process to end; answers its exit status. Fails, killing it, when it runs longer than allowed. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new IllegalStateException(name + " did not end within " + timeout + ":\n" + tail(log));
        }
        return process.exitValue();
    }

    private static Process start(TestPostgres.Database db, Map<String, String> properties, Path log, String... args)
            throws IOException {
        List<String> jvm = new ArrayList<>(JVM);
        properties.forEach((key, value) -> jvm.add("-D" + key + "=" + value));
        ProcessBuilder builder = JavaProcess.of(jvm, BansosApplication.class, args)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("BANSOS_DB_URL", db.url());
        builder.environment().put("BANSOS_DB_USER", db.user());
        builder.environment().put("BANSOS_DB_PASSWORD", db.password());
        return builder.start();
    }

    /** Waits until {@code /actuator/health} answers 200 with status UP. */
    void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(url("/actuator/health")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with status " + process.exitValue() + ":\n" + tail(log));
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (ConnectException | HttpConnectTimeoutException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not healthy within " + timeout + ":\n" + tail(log));
    }

    URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    String name() {
        return name;
    }

    /** How Axon's token store names this node as an owner: {@code <pid>@<host>}. */
    boolean owns(String tokenOwner) {
        return tokenOwner != null && tokenOwner.startsWith(process.pid() + "@");
    }

    /** The lines it has printed so far that contain the text. */
    long linesContaining(String text) throws IOException {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains(text)).count();
        }
    }

    /** SIGKILL: no shutdown hooks, no claims released. */
    void killHard() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    boolean alive() {
        return process.isAlive();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}

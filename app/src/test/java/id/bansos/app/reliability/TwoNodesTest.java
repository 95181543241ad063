package id.bansos.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.kpm.TestRosters;
import id.bansos.app.testing.TestPostgres;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Two app processes serving one database and one exchange folder: Axon's segments and Quartz's firings are each taken
 * by one node at a time, and when a node is killed hard the other takes over its segments and keeps the read models
 * current. The last test kills a node, so the tests run in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final String CLAIM_TIMEOUT = "5s";
    /** Every segment of every streaming processor, as application.yml configures them. */
    private static final List<String> SEGMENTS = List.of("batch-read-model", "case-read-model", "kpm-read-model",
            "kpm-read-model", "money-trail");

    @TempDir
    static Path dir;

    private TestPostgres.Database db;
    private Jdbi jdbi;
    private Path exchange;
    private AppNode nodeA;
    private AppNode nodeB;

    @BeforeAll
    void given_two_nodes_on_one_database_and_one_exchange_folder() throws Exception {
        db = TestPostgres.freshDatabase();
        jdbi = Jdbi.create(db.url(), db.user(), db.password());
        exchange = Files.createDirectories(dir.resolve("exchange"));
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Map<String, String> properties = nodeProperties();
        nodeA = AppNode.serve("node-a", db, properties, logs);
        nodeB = AppNode.serve("node-b", db, properties, logs);
        nodeA.awaitHealthy(START);
        nodeB.awaitHealthy(START);
    }

    @AfterAll
    void stopTheNodes() throws InterruptedException {
        for (AppNode node : new AppNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.killHard();
            }
        }
    }

    @Test
    @Order(1)
    void both_nodes_are_healthy_and_have_joined_one_quartz_cluster() {
        awaitTrue("both Quartz schedulers checked in", () -> count("SELECT COUNT(*) FROM qrtz_scheduler_state") == 2);

        List<String> instances = jdbi.withHandle(h -> h.createQuery(
                "SELECT instance_name FROM qrtz_scheduler_state ORDER BY instance_name").mapTo(String.class).list());
        System.out.println("Quartz instances: " + instances);
        assertThat(instances).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    @Order(2)
    void every_processor_segment_is_claimed_by_exactly_one_live_node() {
        awaitTrue("every segment claimed", () -> segments().size() == SEGMENTS.size()
                && segments().stream().allMatch(s -> owner(s) != null));

        List<Segment> segments = segments();
        System.out.println("Segment owners with both nodes up: " + describe(segments));
        assertThat(segments).extracting(Segment::processor).containsExactlyInAnyOrderElementsOf(SEGMENTS);
        assertThat(segments).allSatisfy(s -> assertThat(owner(s)).isIn(nodeA.name(), nodeB.name()));
    }

    @Test
    @Order(3)
    void files_dropped_in_the_inbox_are_each_received_once_by_one_node() throws Exception {
        Path inbox = Files.createDirectories(exchange.resolve("inbox").resolve("BRI"));
        int files = 4;
        for (int n = 1; n <= files; n++) {
            Files.writeString(inbox.resolve("dropped-" + n + ".csv"), "reference,amount\nDROP-" + n + ",100\n");
            int received = n;
            awaitTrue("file " + n + " received",
                    () -> count("SELECT COUNT(*) FROM inbound_file WHERE received_via = 'FOLDER'") == received);
        }

        long receipts = count("SELECT COUNT(*) FROM inbound_receipt WHERE received_via = 'FOLDER'");
        long repeats = count("SELECT COUNT(*) FROM inbound_receipt WHERE repeat");
        long byA = nodeA.linesContaining("received from the BRI inbox");
        long byB = nodeB.linesContaining("received from the BRI inbox");
        System.out.printf("Inbox files received: %d by node-a, %d by node-b; receipts %d, repeats %d%n", byA, byB,
                receipts, repeats);
        assertThat(receipts).isEqualTo(files);
        assertThat(repeats).isZero();
        assertThat(byA + byB).as("each firing of the inbox job ran on one node only").isEqualTo(files);
        try (Stream<Path> left = Files.list(inbox)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    @Order(4)
    void the_same_file_uploaded_to_both_nodes_at_once_is_recorded_once() {
        HttpClient http = HttpClient.newHttpClient();
        String body = "reference,amount\nUPLOAD-1,250\n";

        List<Integer> statuses = Stream.of(nodeA, nodeB)
                .map(node -> http.sendAsync(upload(node, body), HttpResponse.BodyHandlers.ofString()))
                .toList().stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted().toList();

        long recorded = count("SELECT COUNT(*) FROM inbound_file WHERE received_via = 'API'");
        System.out.println("Upload to both nodes at once: statuses " + statuses + ", inbound_file rows " + recorded);
        assertThat(statuses).as("one received, one recognised as a repeat").containsExactly(200, 201);
        assertThat(recorded).isEqualTo(1);
    }

    @Test
    @Order(5)
    void when_the_node_holding_the_segments_is_killed_the_other_takes_them_over_and_keeps_the_read_models_current()
            throws Exception {
        AppNode victim = ownedBy(nodeA) >= ownedBy(nodeB) ? nodeA : nodeB;
        AppNode survivor = victim == nodeA ? nodeB : nodeA;
        System.out.println("Segment owners before the kill: " + describe(segments()) + "; killing " + victim.name());

        long killedAt = System.nanoTime();
        victim.killHard();
        awaitTrue("the survivor owns every segment",
                () -> segments().stream().allMatch(s -> survivor.name().equals(owner(s))));
        long takeoverMillis = Duration.ofNanos(System.nanoTime() - killedAt).toMillis();
        System.out.println("Segment owners after the kill: " + describe(segments()) + "; taken over in "
                + takeoverMillis + " ms (claim timeout " + CLAIM_TIMEOUT + ")");

        int households = 20;
        Path roster = TestRosters.write(dir.resolve("roster.csv"), TestRosters.generated(households, "TWO-"));
        AppNode.run("roster-import", db, dir.resolve("logs"), START,
                "roster", "import", roster.toString(), "--period", "2026-10");
        awaitTrue("the read model shows the imported households",
                () -> count("SELECT COUNT(*) FROM household") == households);

        System.out.println("Households in the read model after the import: " + count("SELECT COUNT(*) FROM household")
                + "; segment owners: " + describe(segments()));
        assertThat(victim.alive()).isFalse();
        assertThat(survivor.alive()).isTrue();
        assertThat(segments()).allSatisfy(s -> assertThat(owner(s)).isEqualTo(survivor.name()));
    }

    private Map<String, String> nodeProperties() {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("bri-secret");
        return Map.ofEntries(
                Map.entry("bansos.exchange.root", exchange.toString()),
                Map.entry("bansos.exchange.settle-time", "1s"),
                Map.entry("bansos.exchange.clients[0].name", "h2h-bri"),
                Map.entry("bansos.exchange.clients[0].channel", "BRI"),
                Map.entry("bansos.exchange.clients[0].password-hash", hash),
                Map.entry("bansos.jobs.inbox-cron", "0/2 * * * * ?"),
                Map.entry("axon.eventhandling.tokenstore.claim-timeout", CLAIM_TIMEOUT),
                Map.entry("axon.eventhandling.processors.kpm-read-model.token-claim-interval", "1000"),
                Map.entry("axon.eventhandling.processors.batch-read-model.token-claim-interval", "1000"),
                Map.entry("axon.eventhandling.processors.money-trail.token-claim-interval", "1000"),
                Map.entry("axon.eventhandling.processors.case-read-model.token-claim-interval", "1000"));
    }

    private static HttpRequest upload(AppNode node, String body) {
        String basic = Base64.getEncoder().encodeToString("h2h-bri:bri-secret".getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(node.url("/api/inbox/BRI?name=upload.csv"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private List<Segment> segments() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT processor_name, segment, owner FROM token_entry ORDER BY 1, 2")
                .map((rs, ctx) -> new Segment(rs.getString(1), rs.getInt(2), rs.getString(3))).list());
    }

    /** The node that owns the segment, or {@code null} when no live node does. */
    private String owner(Segment segment) {
        return Stream.of(nodeA, nodeB).filter(n -> n.alive() && n.owns(segment.owner())).map(AppNode::name)
                .findFirst().orElse(null);
    }

    private long ownedBy(AppNode node) {
        return segments().stream().filter(s -> node.name().equals(owner(s))).count();
    }

    private String describe(List<Segment> segments) {
        return segments.stream().map(s -> s.processor() + "/" + s.segment() + " -> " + owner(s))
                .collect(Collectors.joining(", "));
    }

    private long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT + ": " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + what, e);
            }
        }
    }

    private record Segment(String processor, int segment, String owner) {
    }
}

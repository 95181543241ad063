package id.bansos.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bansos.app.BansosServer;
import id.bansos.app.disbursement.BatchService;
import id.bansos.app.kpm.TestHouseholds;
import id.bansos.app.testing.FreshDatabaseInitializer;
import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.disbursement.export.OutboxFile;
import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.axon.ApplyRosterLine;
import id.bansos.ledger.readmodel.ReadModels;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The exchange API over real HTTP: each bank's client sees only its own channel's files. */
@SpringBootTest(classes = BansosServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ReadModels readModels;
    @Autowired
    CommandGateway commands;
    @Autowired
    CyclePreparer cycle;
    @Autowired
    BatchService batches;

    private final HttpClient http = HttpClient.newHttpClient();
    private OutboxFile exported;

    @DynamicPropertySource
    static void briAndBniClients(DynamicPropertyRegistry registry) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        registry.add("bansos.exchange.clients[0].name", () -> "h2h-bri");
        registry.add("bansos.exchange.clients[0].channel", () -> "BRI");
        registry.add("bansos.exchange.clients[0].password-hash", () -> "{bcrypt}" + bcrypt.encode("bri-secret"));
        registry.add("bansos.exchange.clients[1].name", () -> "h2h-bni");
        registry.add("bansos.exchange.clients[1].channel", () -> "BNI");
        registry.add("bansos.exchange.clients[1].password-hash", () -> "{bcrypt}" + bcrypt.encode("bni-secret"));
    }

    @BeforeAll
    void given_an_exported_bri_batch() {
        for (int n = 1; n <= 3; n++) {
            commands.sendAndWait(new ApplyRosterLine("API-" + n, TestHouseholds.household("API-" + n, 900 + n,
                    new Channel.Bank("BRI", String.format("0001%011d", 900 + n), null)), TestHouseholds.PERIOD,
                    TestHouseholds.sembako(), "imp-api"));
        }
        String batchId = cycle.prepare("SEMBAKO", TestHouseholds.PERIOD, "cycle-job").batches().get(0).batchId();
        batches.submit(batchId, "rina");
        batches.approve(batchId, "budi");
        exported = batches.export(batchId, "export-job").get(0);
        readModels.awaitCaughtUp(Duration.ofSeconds(30));
    }

    @Test
    void without_credentials_or_with_a_wrong_password_nothing_is_shown() throws Exception {
        assertThat(get("/api/outbox/BRI", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/outbox/BRI", basic("h2h-bri", "wrong")).statusCode()).isEqualTo(401);
    }

    @Test
    void a_bank_client_sees_no_other_banks_files() throws Exception {
        String bni = basic("h2h-bni", "bni-secret");

        assertThat(get("/api/outbox/BRI", bni).statusCode()).isEqualTo(403);
        assertThat(get("/api/outbox/BRI/" + exported.fileName(), bni).statusCode()).isEqualTo(403);
        assertThat(post("/api/inbox/BRI?name=x.xml", bni, "<x/>").statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(get("/api/outbox/BNI", bni).body())).isEmpty();
    }

    @Test
    void the_bank_lists_downloads_and_acknowledges_its_file_under_its_own_name() throws Exception {
        String bri = basic("h2h-bri", "bri-secret");

        JsonNode listed = JSON.readTree(get("/api/outbox/BRI", bri).body());
        HttpResponse<byte[]> download = http.send(request("/api/outbox/BRI/" + exported.fileName(), bri).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> ack = post("/api/outbox/BRI/" + exported.fileName() + "/collected", bri, "");
        HttpResponse<String> again = post("/api/outbox/BRI/" + exported.fileName() + "/collected", bri, "");

        assertThat(listed.findValuesAsText("file_name")).contains(exported.fileName());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("X-Checksum-SHA256")).hasValue(exported.sha256());
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.body())))
                .isEqualTo(exported.sha256());
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ack.body()).get("collectedBy").asText()).isEqualTo("h2h-bri");
    }

    @Test
    void an_uploaded_file_is_received_once_and_its_status_can_be_read() throws Exception {
        String bri = basic("h2h-bri", "bri-secret");
        String notAStatement = "reference,amount\nP1,100\n";

        HttpResponse<String> first = post("/api/inbox/BRI?name=odd.csv", bri, notAStatement);
        HttpResponse<String> second = post("/api/inbox/BRI?name=odd-again.csv", bri, notAStatement);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        JsonNode received = JSON.readTree(first.body());
        assertThat(received.get("status").asText()).isEqualTo("QUARANTINED");
        assertThat(received.get("receivedBy").asText()).isEqualTo("h2h-bri");
        assertThat(JSON.readTree(second.body()).get("repeat").asBoolean()).isTrue();
        JsonNode status = JSON.readTree(get("/api/inbox/BRI/" + received.get("sha256").asText(), bri).body());
        assertThat(status.get("reason").asText()).isEqualTo(received.get("reason").asText()).isNotBlank();
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return http.send(request(path, authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String authorization, String body) throws Exception {
        return http.send(request(path, authorization).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

}

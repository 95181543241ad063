package id.bansos.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.BansosServer;
import id.bansos.app.disbursement.BatchService;
import id.bansos.app.kpm.TestHouseholds;
import id.bansos.app.testing.ConsolePeople;
import id.bansos.app.testing.FreshDatabaseInitializer;
import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.axon.ApplyRosterLine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
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

/**
 * The console's security over plain HTTP: what happens without a login, without a CSRF token, with the wrong role,
 * after too many wrong passwords, and that people and bank clients each stay on their own side.
 */
@SpringBootTest(classes = BansosServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleSecurityTest {

    private static final String PASSWORD = "rahasia-sekali";

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    CyclePreparer cycle;
    @Autowired
    BatchService batches;

    private String submitted;

    @DynamicPropertySource
    static void peopleAndABank(DynamicPropertyRegistry registry) {
        ConsolePeople.register(registry, PASSWORD, Map.of("sari", "preparer", "budi", "approver", "audi", "auditor",
                "tono", "approver"));
        registry.add("bansos.exchange.clients[0].name", () -> "h2h-bri");
        registry.add("bansos.exchange.clients[0].channel", () -> "BRI");
        registry.add("bansos.exchange.clients[0].password-hash",
                () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode("bri-secret"));
    }

    @BeforeAll
    void given_a_batch_submitted_by_sari() {
        for (int n = 1; n <= 2; n++) {
            commands.sendAndWait(new ApplyRosterLine("SEC-" + n, TestHouseholds.household("SEC-" + n, 700 + n,
                    new Channel.Bank("BRI", String.format("0001%011d", 700 + n), null)), TestHouseholds.PERIOD,
                    TestHouseholds.sembako(), "imp-sec"));
        }
        submitted = cycle.prepare("SEMBAKO", TestHouseholds.PERIOD, "cycle-job").batches().get(0).batchId();
        batches.submit(submitted, "sari");
    }

    @Test
    void a_screen_asked_for_without_logging_in_sends_the_browser_to_the_login_page() {
        HttpResponse<String> batchList = new ConsoleClient(port).get("/batches");

        assertThat(batchList.statusCode()).isEqualTo(302);
        assertThat(batchList.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void the_session_cookie_is_http_only_same_site_strict_and_secure_and_the_pages_forbid_framing() {
        HttpResponse<String> login = new ConsoleClient(port).get("/login");

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("BANSOS_SESSION=").contains("HttpOnly", "Secure", "SameSite=Strict"));
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void an_approval_posted_without_its_csrf_token_is_refused() {
        ConsoleClient budi = new ConsoleClient(port);
        budi.logIn("budi", PASSWORD);

        HttpResponse<String> approve = budi.post("/batches/" + submitted + "/approve", Map.of());

        assertThat(approve.statusCode()).isEqualTo(403);
        assertThat(status(budi)).isEqualTo("Diajukan");
    }

    @Test
    void a_preparer_without_the_approver_role_is_refused_approving_even_with_a_valid_form() {
        ConsoleClient sari = new ConsoleClient(port);
        sari.logIn("sari", PASSWORD);
        sari.get("/batches/" + submitted);

        HttpResponse<String> approve = sari.post("/batches/" + submitted + "/approve", Map.of("_csrf", sari.csrf()));

        assertThat(approve.statusCode()).isEqualTo(403);
        assertThat(status(sari)).isEqualTo("Diajukan");
    }

    @Test
    void an_auditor_is_refused_every_change() {
        ConsoleClient audi = new ConsoleClient(port);
        audi.logIn("audi", PASSWORD);
        audi.get("/batches/" + submitted);
        String csrf = audi.csrf();

        assertThat(audi.post("/batches/" + submitted + "/submit", Map.of("_csrf", csrf)).statusCode()).isEqualTo(403);
        assertThat(audi.post("/batches/" + submitted + "/reject", Map.of("_csrf", csrf, "reason", "x")).statusCode())
                .isEqualTo(403);
        assertThat(audi.post("/cases/CASE-SEC-1/resolve", Map.of("_csrf", csrf, "resolution", "FALSE_POSITIVE",
                "reason", "x")).statusCode()).isEqualTo(403);
        assertThat(audi.post("/reconciliation/suspense/1/propose", Map.of("_csrf", csrf, "reference", "P1",
                "reason", "x")).statusCode()).isEqualTo(403);
        assertThat(audi.post("/reconciliation/suspense/1/approve", Map.of("_csrf", csrf)).statusCode())
                .isEqualTo(403);
        assertThat(status(audi)).isEqualTo("Diajukan");
    }

    @Test
    void after_five_wrong_passwords_the_name_is_refused_even_with_its_right_password() {
        ConsoleClient someone = new ConsoleClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(someone.logIn("tono", "tebakan-" + i)).endsWith("/login?error");
        }

        assertThat(someone.logIn("tono", PASSWORD)).endsWith("/login?locked");
        assertThat(basic("/api/batches", "tono", PASSWORD).statusCode()).as("HTTP Basic is throttled too")
                .isEqualTo(401);
    }

    @Test
    void people_and_bank_clients_each_stay_on_their_own_side() {
        assertThat(basic("/api/batches", null, null).statusCode()).isEqualTo(401);
        assertThat(basic("/api/batches", "budi", PASSWORD).statusCode()).isEqualTo(200);
        assertThat(basic("/api/batches", "h2h-bri", "bri-secret").statusCode()).isEqualTo(403);
        assertThat(basic("/api/outbox/BRI", "budi", PASSWORD).statusCode()).isEqualTo(401);
        assertThat(basic("/api/outbox/BRI", "h2h-bri", "bri-secret").statusCode()).isEqualTo(200);
        assertThat(new ConsoleClient(port).logIn("h2h-bri", "bri-secret")).endsWith("/login?error");
    }

    private String status(ConsoleClient client) {
        String page = client.get("/batches/" + submitted).body();
        int at = page.indexOf("id=\"status\">");
        return page.substring(at + "id=\"status\">".length(), page.indexOf('<', at));
    }

    private HttpResponse<String> basic(String path, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

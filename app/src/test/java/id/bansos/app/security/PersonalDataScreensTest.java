package id.bansos.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.BansosServer;
import id.bansos.app.kpm.TestHouseholds;
import id.bansos.app.testing.ConsolePeople;
import id.bansos.app.testing.FreshDatabaseInitializer;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.axon.ApplyRosterLine;
import id.bansos.ledger.readmodel.ReadModels;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The household, complaint and audit screens over plain HTTP: numbers masked by default and shown in full only to
 * someone allowed, with a reason, which the auditor then reads in the audit log in either language.
 */
@SpringBootTest(classes = BansosServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataScreensTest {

    private static final String PASSWORD = "rahasia-sekali";
    private static final HouseholdRecord HOUSEHOLD = TestHouseholds.household("PD-1", 501);

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    ReadModels readModels;

    @DynamicPropertySource
    static void people(DynamicPropertyRegistry registry) {
        ConsolePeople.register(registry, PASSWORD, Map.of("ops", "operations", "audi", "auditor",
                "budi", "approver"));
    }

    @BeforeAll
    void given_a_household() {
        commands.sendAndWait(new ApplyRosterLine("PD-1", HOUSEHOLD, TestHouseholds.PERIOD, TestHouseholds.sembako(),
                "imp-pd"));
        readModels.awaitCaughtUp(Duration.ofSeconds(30));
    }

    @Test
    void a_search_by_nik_finds_the_household_with_its_numbers_masked_and_no_way_to_reveal_them_for_an_auditor() {
        ConsoleClient audi = logIn("audi");
        String nik = HOUSEHOLD.pengurusNik().value();

        String found = audi.get("/households?q=" + nik).body();
        String detail = audi.get("/households/PD-1").body();
        HttpResponse<String> reveal = audi.post("/households/PD-1/reveal", Map.of("_csrf", audi.csrf(),
                "reason", "curious"));

        assertThat(found).contains("PD-1", "320101******0502").doesNotContain(nik);
        assertThat(detail).contains("320101******0502").doesNotContain(nik).doesNotContain("id=\"reveal\"");
        assertThat(reveal.statusCode()).isEqualTo(403);
    }

    @Test
    void operations_reveal_the_numbers_with_a_reason_and_the_auditor_reads_who_why_and_when() {
        ConsoleClient ops = logIn("ops");
        String nik = HOUSEHOLD.pengurusNik().value();
        ops.get("/households/PD-1");

        String revealed = ops.post("/households/PD-1/reveal", Map.of("_csrf", ops.csrf(),
                "reason", "pengaduan DESA-3")).body();
        ConsoleClient audi = logIn("audi");
        String log = audi.get("/audit?actor=ops&action=VIEW_PERSONAL_DATA").body();
        String inEnglish = audi.get("/audit?actor=ops&lang=en").body();

        assertThat(revealed).contains(nik, HOUSEHOLD.noKk().value(), "id=\"unmasked\"");
        assertThat(log).contains("Melihat data pribadi", "PD-1", "pengaduan DESA-3");
        assertThat(inEnglish).contains("Viewed personal data", "Audit log");
        assertThat(logIn("budi").get("/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void a_complaint_lodged_on_the_form_opens_the_households_case() {
        ConsoleClient ops = logIn("ops");
        ops.get("/complaints/new");

        HttpResponse<String> lodged = ops.post("/complaints", Map.of("_csrf", ops.csrf(), "household", "PD-1",
                "reference", "WA-77", "complainant", "DESA", "kind", "NOT_RECEIVED", "text", "Belum cair"));
        String caseScreen = ops.get("/cases/CASE-PD-1").body();

        assertThat(lodged.statusCode()).isEqualTo(302);
        assertThat(lodged.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/cases/CASE-PD-1"));
        assertThat(caseScreen).contains("Pengaduan", "WA-77", "Pengaduan dicatat pada kasus ini.");
        assertThat(logIn("budi").get("/complaints/new").statusCode()).isEqualTo(403);
    }

    private ConsoleClient logIn(String user) {
        ConsoleClient client = new ConsoleClient(port);
        client.logIn(user, PASSWORD);
        return client;
    }
}

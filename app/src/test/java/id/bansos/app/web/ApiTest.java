package id.bansos.app.web;

import static id.bansos.app.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import id.bansos.app.BansosServer;
import id.bansos.app.audit.AuditAction;
import id.bansos.app.audit.AuditEntry;
import id.bansos.app.audit.AuditLog;
import id.bansos.app.disbursement.BatchService;
import id.bansos.app.kpm.TestHouseholds;
import id.bansos.app.testing.ConsolePeople;
import id.bansos.app.testing.FreshDatabaseInitializer;
import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.disbursement.export.OutboxFile;
import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.ReportedOutcome;
import id.bansos.ledger.kpm.axon.ApplyRosterLine;
import id.bansos.ledger.kpm.axon.RecordPaymentOutcomes;
import id.bansos.ledger.privacy.PersonalData;
import id.bansos.ledger.readmodel.ReadModels;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API over real HTTP for people, bank clients and agency clients: maker-checker holds through the API, each
 * machine client stays on its own endpoints, the agency gets only its status answer, complaints open or join a case
 * once per reference, and personal numbers stay masked unless revealed with a reason, which is audited.
 */
@SpringBootTest(classes = BansosServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@AutoConfigureObservability(tracing = false)
class ApiTest {

    private static final String PASSWORD = "rahasia-sekali";
    private static final HouseholdRecord PAID = TestHouseholds.household("API-1", 901);
    private static final HouseholdRecord COMPLAINING = TestHouseholds.household("API-2", 902);
    private static final HouseholdRecord OTHER = TestHouseholds.household("API-3", 903);
    private static final HouseholdRecord AT_BNI = TestHouseholds.household("API-4", 904,
            new Channel.Bank("BNI", String.format("0002%011d", 904), null));

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    CyclePreparer cycle;
    @Autowired
    BatchService batches;
    @Autowired
    ReadModels readModels;
    @Autowired
    AuditLog audit;
    @Autowired
    Jdbi jdbi;

    private OutboxFile briFile;
    private String bniBatch;

    @DynamicPropertySource
    static void peopleBanksAndAnAgency(DynamicPropertyRegistry registry) {
        ConsolePeople.register(registry, PASSWORD, Map.of("sari", "preparer,approver", "budi", "approver",
                "ops", "operations", "audi", "auditor"));
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("client-secret");
        registry.add("bansos.exchange.clients[0].name", () -> "h2h-bri");
        registry.add("bansos.exchange.clients[0].channel", () -> "BRI");
        registry.add("bansos.exchange.clients[0].password-hash", () -> hash);
        registry.add("bansos.exchange.clients[1].name", () -> "h2h-bni");
        registry.add("bansos.exchange.clients[1].channel", () -> "BNI");
        registry.add("bansos.exchange.clients[1].password-hash", () -> hash);
        registry.add("bansos.agency.clients[0].name", () -> "bpjs");
        registry.add("bansos.agency.clients[0].password-hash", () -> hash);
    }

    @BeforeAll
    void given_a_paid_bri_batch_and_a_prepared_bni_batch() {
        for (HouseholdRecord h : List.of(PAID, COMPLAINING, OTHER, AT_BNI)) {
            commands.sendAndWait(new ApplyRosterLine(h.householdId(), h, TestHouseholds.PERIOD,
                    TestHouseholds.sembako(), "imp-api"));
        }
        var prepared = cycle.prepare("SEMBAKO", TestHouseholds.PERIOD, "cycle-job").batches();
        String briBatch = prepared.stream().filter(b -> b.channel().equals("BRI")).findFirst().orElseThrow().batchId();
        bniBatch = prepared.stream().filter(b -> b.channel().equals("BNI")).findFirst().orElseThrow().batchId();
        batches.submit(briBatch, "rina");
        batches.approve(briBatch, "budi");
        briFile = batches.export(briBatch, "export-job").get(0);
        readModels.awaitCaughtUp(Duration.ofSeconds(30));
        String reference = jdbi.withHandle(h -> h.createQuery(
                "SELECT reference FROM payment_line WHERE household_id = 'API-1'").mapTo(String.class).one());
        commands.sendAndWait(new RecordPaymentOutcomes(List.of(new ReportedOutcome("API-1", reference,
                ReportedOutcome.Kind.CREDITED, 600_000, null, LocalDate.of(2026, 10, 5), "test#API-1"))));
        readModels.awaitCaughtUp(Duration.ofSeconds(30));
    }

    @Test
    void an_approver_cannot_approve_their_own_batch_through_the_api_either() {
        ApiClient sari = person("sari");

        HttpResponse<String> submitted = sari.post("/api/batches/" + bniBatch + "/submit", "{}");
        HttpResponse<String> ownApproval = sari.post("/api/batches/" + bniBatch + "/approve", "{}");
        HttpResponse<String> othersApproval = person("budi").post("/api/batches/" + bniBatch + "/approve", "{}");

        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(json(submitted).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(ownApproval.statusCode()).isEqualTo(409);
        assertThat(json(ownApproval).get("detail").asText()).contains("sari");
        assertThat(othersApproval.statusCode()).isEqualTo(200);
        assertThat(json(othersApproval).get("status").asText()).isEqualTo("APPROVED");
        assertThat(audit.find(new AuditLog.Filter(null, null, bniBatch, null))).extracting(AuditEntry::actor,
                AuditEntry::action).containsExactly(tuple("budi", AuditAction.APPROVE),
                tuple("sari", AuditAction.SUBMIT));
    }

    @Test
    void a_preparer_without_the_approver_role_or_an_auditor_is_refused_deciding_through_the_api() {
        assertThat(person("audi").post("/api/batches/" + bniBatch + "/reject", "{\"reason\":\"x\"}").statusCode())
                .isEqualTo(403);
        assertThat(person("ops").post("/api/batches/" + bniBatch + "/approve", "{}").statusCode()).isEqualTo(403);
        assertThat(person("audi").get("/api/batches/" + bniBatch).statusCode()).isEqualTo(200);
    }

    @Test
    void a_bank_client_cannot_read_another_banks_files() {
        ApiClient bni = client("h2h-bni");

        assertThat(bni.get("/api/outbox/BRI").statusCode()).isEqualTo(403);
        assertThat(bni.get("/api/outbox/BRI/" + briFile.fileName()).statusCode()).isEqualTo(403);
        assertThat(bni.post("/api/outbox/BRI/" + briFile.fileName() + "/collected", "{}").statusCode()).isEqualTo(403);
        assertThat(bni.get("/api/batches").statusCode()).isEqualTo(403);
        assertThat(bni.post("/api/status", question(PAID.pengurusNik().value())).statusCode()).isEqualTo(403);
        assertThat(json(client("h2h-bri").get("/api/outbox/BRI")).findValuesAsText("file_name"))
                .contains(briFile.fileName());
    }

    @Test
    void an_agency_client_gets_the_status_answer_and_nothing_more() {
        ApiClient bpjs = client("bpjs");
        String nik = PAID.pengurusNik().value();

        HttpResponse<String> paid = bpjs.post("/api/status", question(nik));
        HttpResponse<String> unknown = bpjs.post("/api/status", question("3201014508909999"));

        assertThat(paid.statusCode()).isEqualTo(200);
        assertThat(fields(json(paid))).containsExactly("paid", "program", "period", "channel");
        assertThat(json(paid).get("paid").asBoolean()).isTrue();
        assertThat(json(paid).get("channel").asText()).isEqualTo("BRI");
        assertThat(json(paid).get("period").asText()).isEqualTo("2026-10");
        assertThat(json(unknown).get("paid").asBoolean()).isFalse();
        assertThat(json(unknown).get("channel").isNull()).isTrue();
        assertThat(bpjs.post("/api/status", question("123")).statusCode()).isEqualTo(400);
        assertThat(audit.find(new AuditLog.Filter("bpjs", AuditAction.STATUS_QUERY,
                PersonalData.current().token(nik), null))).singleElement()
                .satisfies(e -> assertThat(e.subject() + e.detail() + e.reason()).doesNotContain(nik));
    }

    @Test
    void an_agency_client_is_refused_everywhere_but_the_status_endpoint() {
        ApiClient bpjs = client("bpjs");

        assertThat(bpjs.get("/api/status").statusCode()).isEqualTo(403);
        assertThat(bpjs.get("/api/batches").statusCode()).isEqualTo(403);
        assertThat(bpjs.get("/api/households/API-1").statusCode()).isEqualTo(403);
        assertThat(bpjs.get("/api/households?q=" + PAID.pengurusNik().value()).statusCode()).isEqualTo(403);
        assertThat(bpjs.get("/api/outbox/BRI").statusCode()).isEqualTo(403);
        assertThat(bpjs.post("/api/complaints", "{}").statusCode()).isEqualTo(403);
        assertThat(bpjs.get("/batches").statusCode()).isEqualTo(403);
        assertThat(person("budi").post("/api/status", question(PAID.pengurusNik().value())).statusCode())
                .isEqualTo(401);
        assertThat(ApiClient.as(port, "bpjs", "wrong").post("/api/status", question("3201014508909999"))
                .statusCode()).isEqualTo(401);
    }

    @Test
    void a_complaint_opens_a_case_once_however_often_its_reference_is_lodged() {
        ApiClient ops = person("ops");
        String child = COMPLAINING.members().get(1).nik().value();
        String complaint = complaint(child, "JAGA-0001", "PENDAMPING", "NOT_RECEIVED",
                "Ibu belum menerima; NIK anak " + child);

        HttpResponse<String> first = ops.post("/api/complaints", complaint);
        HttpResponse<String> again = ops.post("/api/complaints", complaint);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(json(first).get("caseId").asText()).isEqualTo("CASE-API-2");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("repeat").asBoolean()).isTrue();
        JsonNode opened = json(ops.get("/api/cases/CASE-API-2"));
        assertThat(opened.get("investigation").get("status").asText()).isEqualTo("OPEN");
        assertThat(opened.get("flags").findValuesAsText("type")).containsExactly("COMPLAINT");
        assertThat(opened.get("flags").get(0).get("evidence").asText()).contains("JAGA-0001", "pendamping")
                .doesNotContain(child);
        assertThat(audit.find(new AuditLog.Filter("ops", AuditAction.COMPLAINT, "API-2", null))).hasSize(1);
    }

    @Test
    void a_second_complaint_joins_the_households_open_case() {
        ApiClient ops = person("ops");

        HttpResponse<String> byReference = ops.post("/api/complaints", complaint("API-3", "DESA-7", "DESA",
                "WRONG_PERSON", "Penerima yang tercatat bukan warga kami"));
        HttpResponse<String> byKk = ops.post("/api/complaints", complaint(OTHER.noKk().value(), "KPM-9", "KPM",
                "WITHDRAWN_BY_OTHER", "Saldo sudah ditarik orang lain"));

        assertThat(byReference.statusCode()).isEqualTo(201);
        assertThat(byKk.statusCode()).isEqualTo(201);
        assertThat(json(byKk).get("caseId").asText()).isEqualTo(json(byReference).get("caseId").asText());
        JsonNode joined = json(ops.get("/api/cases/CASE-API-3"));
        assertThat(joined.get("investigation").get("flags").asInt()).isEqualTo(2);
        assertThat(json(ops.get("/api/flags?type=COMPLAINT&household=API-3")).findValuesAsText("subject"))
                .containsExactlyInAnyOrder("DESA-7", "KPM-9");
    }

    @Test
    void a_complaint_reference_used_for_another_household_or_naming_no_household_is_refused() {
        ApiClient ops = person("ops");
        ops.post("/api/complaints", complaint("API-1", "TIKET-1", "KPM", "WRONG_AMOUNT", "Kurang Rp100.000"));

        HttpResponse<String> reused = ops.post("/api/complaints", complaint("API-4", "TIKET-1", "KPM",
                "WRONG_AMOUNT", "Kurang"));
        HttpResponse<String> nobody = ops.post("/api/complaints", complaint("3201010101209999", "TIKET-2", "KPM",
                "NOT_RECEIVED", "Belum"));
        HttpResponse<String> byAuditor = person("audi").post("/api/complaints", complaint("API-1", "TIKET-3",
                "KPM", "NOT_RECEIVED", "Belum"));

        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(nobody.statusCode()).isEqualTo(409);
        assertThat(byAuditor.statusCode()).isEqualTo(403);
    }

    @Test
    void a_case_is_worked_through_the_api_and_every_action_is_audited() {
        ApiClient ops = person("ops");
        ops.post("/api/complaints", complaint("API-4", "BNI-55", "KPM", "NOT_RECEIVED", "Belum masuk rekening"));

        HttpResponse<String> assigned = ops.post("/api/cases/CASE-API-4/assign", "{\"assignee\":\"dewi\"}");
        HttpResponse<String> noted = ops.post("/api/cases/CASE-API-4/note", "{\"note\":\"menelepon bank\"}");
        HttpResponse<String> resolved = ops.post("/api/cases/CASE-API-4/resolve",
                "{\"resolution\":\"FALSE_POSITIVE\",\"reason\":\"dana sudah masuk\"}");
        HttpResponse<String> resolvedAgain = ops.post("/api/cases/CASE-API-4/resolve",
                "{\"resolution\":\"FALSE_POSITIVE\",\"reason\":\"lagi\"}");

        assertThat(List.of(assigned.statusCode(), noted.statusCode(), resolved.statusCode())).containsOnly(200);
        assertThat(json(resolved).get("investigation").get("status").asText()).isEqualTo("RESOLVED");
        assertThat(json(resolved).get("investigation").get("assignee").asText()).isEqualTo("dewi");
        assertThat(resolvedAgain.statusCode()).isEqualTo(409);
        assertThat(person("audi").post("/api/cases/CASE-API-4/note", "{\"note\":\"x\"}").statusCode())
                .isEqualTo(403);
        assertThat(json(person("audi").get("/api/cases?status=RESOLVED")).findValuesAsText("caseId"))
                .contains("CASE-API-4");
        assertThat(audit.find(new AuditLog.Filter("ops", AuditAction.CASE_ACTION, "CASE-API-4", null)))
                .extracting(AuditEntry::detail)
                .containsExactly("resolved as FALSE_POSITIVE", "noted", "assigned to dewi");
    }

    @Test
    void household_numbers_are_masked_unless_revealed_with_a_reason_which_is_audited() {
        String nik = PAID.pengurusNik().value();

        HttpResponse<String> masked = person("budi").get("/api/households/API-1");
        HttpResponse<String> byApprover = person("budi").post("/api/households/API-1/reveal", "{\"reason\":\"x\"}");
        HttpResponse<String> noReason = person("ops").post("/api/households/API-1/reveal", "{\"reason\":\" \"}");
        HttpResponse<String> revealed = person("ops").post("/api/households/API-1/reveal",
                "{\"reason\":\"complaint TIKET-1: checking the account\"}");

        assertThat(masked.statusCode()).isEqualTo(200);
        assertThat(masked.body()).doesNotContain(nik, PAID.noKk().value());
        assertThat(json(masked).get("pengurusNik").asText()).contains("*");
        assertThat(byApprover.statusCode()).isEqualTo(403);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(revealed.statusCode()).isEqualTo(200);
        assertThat(json(revealed).get("pengurusNik").asText()).isEqualTo(nik);
        assertThat(audit.find(new AuditLog.Filter("ops", AuditAction.VIEW_PERSONAL_DATA, "API-1", null)))
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("TIKET-1"));
    }

    @Test
    void an_auditor_reads_the_audit_log_through_the_api_and_nobody_else_does() {
        person("ops").post("/api/households/API-1/reveal", "{\"reason\":\"complaint TIKET-7: checking\"}");

        HttpResponse<String> byAuditor = person("audi").get("/api/audit?actor=ops&action=VIEW_PERSONAL_DATA");
        HttpResponse<String> byOperations = person("ops").get("/api/audit");

        assertThat(byAuditor.statusCode()).isEqualTo(200);
        assertThat(json(byAuditor).findValuesAsText("reason")).contains("complaint TIKET-7: checking");
        assertThat(json(byAuditor).findValuesAsText("subject")).containsOnly("API-1");
        assertThat(byOperations.statusCode()).isEqualTo(403);
    }

    @Test
    void households_are_found_by_nik_kk_name_or_reference_and_a_search_by_number_is_audited() {
        ApiClient budi = person("budi");
        String memberNik = PAID.members().get(1).nik().value();

        JsonNode byNik = json(budi.get("/api/households?q=" + memberNik));
        JsonNode byKk = json(budi.get("/api/households?q=" + PAID.noKk().value()));
        JsonNode byName = json(budi.get("/api/households?q=siti%20aminah%20901"));
        JsonNode byReference = json(budi.get("/api/households?q=API-1"));

        for (JsonNode found : List.of(byNik, byKk, byName, byReference)) {
            assertThat(found.findValuesAsText("householdId")).containsExactly("API-1");
        }
        assertThat(byNik.toString()).doesNotContain(memberNik);
        assertThat(audit.find(new AuditLog.Filter("budi", AuditAction.SEARCH, null, null)))
                .extracting(AuditEntry::subject)
                .containsExactlyInAnyOrder(PersonalData.current().token(memberNik),
                        PersonalData.current().token(PAID.noKk().value()));
    }

    @Test
    void the_openapi_document_describes_every_api_endpoint_and_its_ui_is_served() {
        ApiClient anyone = ApiClient.anonymous(port);

        JsonNode paths = json(anyone.get("/v3/api-docs")).get("paths");
        HttpResponse<String> ui = anyone.get("/swagger-ui/index.html");

        assertThat(fields(paths)).contains("/api/batches", "/api/batches/{id}", "/api/batches/{id}/submit",
                "/api/batches/{id}/approve", "/api/batches/{id}/reject", "/api/households", "/api/households/{id}",
                "/api/households/{id}/reveal", "/api/flags", "/api/cases", "/api/cases/{id}",
                "/api/cases/{id}/assign", "/api/cases/{id}/note", "/api/cases/{id}/resolve", "/api/complaints",
                "/api/status", "/api/outbox/{channel}", "/api/outbox/{channel}/{fileName}", "/api/inbox/{channel}");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(anyone.get("/swagger-ui.html").statusCode()).isEqualTo(302);
    }

    @Test
    void prometheus_shows_batches_by_status_open_flags_by_type_and_each_processors_lag() {
        person("ops").post("/api/complaints", complaint("API-1", "METRIC-1", "KPM", "NOT_RECEIVED", "Belum"));

        String scraped = ApiClient.anonymous(port).getText("/actuator/prometheus").body();

        assertThat(scraped).contains("bansos_batches{status=\"EXPORTED\"}",
                "bansos_inbound_files{status=\"QUARANTINED\"}", "bansos_matched_lines ",
                "bansos_processor_lag_events{processor=\"kpm-read-model\"}");
        assertThat(scraped).containsPattern("bansos_flags_open\\{type=\"COMPLAINT\"} [1-9]");
    }

    private ApiClient person(String name) {
        return ApiClient.as(port, name, PASSWORD);
    }

    private ApiClient client(String name) {
        return ApiClient.as(port, name, "client-secret");
    }

    private static String question(String nik) {
        return "{\"nik\":\"" + nik + "\",\"program\":\"SEMBAKO\",\"period\":\"2026-10\"}";
    }

    private static String complaint(String household, String reference, String complainant, String kind,
                                    String text) {
        return "{\"household\":\"" + household + "\",\"reference\":\"" + reference + "\",\"complainant\":\""
                + complainant + "\",\"kind\":\"" + kind + "\",\"text\":\"" + text + "\"}";
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

package id.bansos.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.BansosServer;
import id.bansos.app.console.batches.BatchViews;
import id.bansos.app.console.cases.CaseViews;
import id.bansos.app.testing.ConsolePeople;
import id.bansos.app.testing.FreshDatabaseInitializer;
import id.bansos.reconciliation.cases.readmodel.CaseQueue;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console in a real Chromium, on screens filled by a real cycle: Sembako paid, the banks' simulated replies
 * reconciled and flags raised; PKH prepared and waiting for its maker and checkers.
 */
@SpringBootTest(classes = BansosServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

    private static final String PASSWORD = "rahasia-sekali";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext ctx;
    @Autowired
    BatchViews batches;
    @Autowired
    CaseViews cases;

    private List<String> pkh;

    @DynamicPropertySource
    static void people(DynamicPropertyRegistry registry) {
        ConsolePeople.register(registry, PASSWORD, Map.of("rina", "preparer,approver", "budi", "approver",
                "dewi", "operations", "audi", "auditor"));
    }

    @BeforeAll
    void given_sembako_paid_and_reconciled_and_pkh_prepared(@TempDir Path work) throws Exception {
        pkh = ConsoleCycle.run(ctx, work, List.of());
    }

    @Test
    void a_preparer_submits_a_batch_is_refused_approving_it_herself_and_an_approver_approves_it() {
        String batchId = pkh.get(0);
        try (Browser browser = Browser.on(port)) {
            browser.logIn("rina", PASSWORD).click("nav-batches").follow(batchId);
            assertThat(browser.text("status")).isEqualTo("Disiapkan");

            browser.click("submit");
            assertThat(browser.text("done")).isEqualTo("Batch diajukan.");
            assertThat(browser.text("status")).isEqualTo("Diajukan");
            assertThat(browser.text("own-batch")).contains("maker-checker");

            browser.click("approve");
            assertThat(browser.text("refused")).startsWith("Ditolak:").contains("rina", "maker-checker");
            assertThat(browser.text("status")).isEqualTo("Diajukan");

            browser.click("logout").logIn("budi", PASSWORD).click("nav-batches").follow(batchId).click("approve");
            assertThat(browser.text("done")).isEqualTo("Persetujuan dicatat.");
            assertThat(browser.text("status")).isEqualTo("Disetujui");
            assertThat(browser.texts("#trail td:nth-child(2)")).containsSubsequence("cycle-job", "rina", "budi");
            assertThat(browser.texts("#trail td:nth-child(3)")).containsSubsequence("Disiapkan", "Diajukan",
                    "Disetujui");
        }
    }

    @Test
    void an_operations_officer_opens_a_flagged_case_assigns_it_to_herself_notes_it_and_resolves_it() {
        String caseId = openCases().get(0).caseId();
        try (Browser browser = Browser.on(port)) {
            browser.logIn("dewi", PASSWORD).open("/cases?lang=en").follow(caseId);
            assertThat(browser.text("status")).isEqualTo("Open");
            assertThat(browser.texts("#timeline td:nth-child(2)")).as("the household's timeline beside the case")
                    .anySatisfy(what -> assertThat(what).startsWith("Registered from the roster"));

            browser.click("assign");
            browser.type("note", "Compared with the bank statement").click("add-note");
            browser.type("ground-check-what", "Is the household at its address?").click("ground-check");
            assertThat(browser.text("done")).isEqualTo("Ground check requested.");
            browser.select("resolution-input", "GROUND_CHECKED")
                    .type("resolve-reason", "Pendamping visited; the household is real").click("resolve");

            assertThat(browser.text("done")).isEqualTo("Case resolved.");
            assertThat(browser.text("status")).isEqualTo("Resolved");
            assertThat(browser.text("resolution")).isEqualTo("Ground checked");
            assertThat(browser.text("assignee")).isEqualTo("dewi");
            assertThat(browser.texts("#trail td:nth-child(3)")).containsSubsequence("Assigned", "Note",
                    "Ground check requested", "Resolved");
            assertThat(browser.has("resolve")).as("a resolved case has nothing left to resolve").isFalse();
            browser.open("/cases");
            assertThat(browser.has("case-" + caseId)).as("the open queue no longer lists it").isFalse();
        }
    }

    @Test
    void every_screen_is_in_bahasa_indonesia_by_default_and_in_english_once_switched() {
        BatchViews.Batch withHeld = batchWithMostHeld();
        String caseId = lastOpenCase();
        try (Browser browser = Browser.on(port)) {
            browser.open("/login");
            assertThat(browser.language()).isEqualTo("id");
            assertThat(browser.title()).startsWith("Masuk");

            browser.logIn("audi", PASSWORD);
            assertThat(browser.title()).as("the dashboard is the landing page").startsWith("Dasbor");
            browser.click("nav-batches");
            assertThat(browser.title()).startsWith("Batch pembayaran");
            assertThat(browser.texts("h2")).contains("Total per bank", "Semua batch");
            assertThat(browser.texts("#by-bank td:last-child")).isNotEmpty().allMatch(ConsoleBrowserTest::rupiah);
            browser.follow(withHeld.batchId());
            assertThat(browser.texts("h2")).contains("Total per provinsi", "Hak yang ditahan", "Jejak persetujuan");
            assertThat(browser.text("total")).matches(ConsoleBrowserTest::rupiah);
            assertThat(browser.texts("#held td.nik")).as("NIK masked").isNotEmpty()
                    .allMatch(nik -> nik.matches("\\d{6}\\*{6}\\d{4}"));
            browser.open("/cases").follow(caseId);
            assertThat(browser.texts("h2")).contains("Tanda dan buktinya", "Jejak kasus");

            browser.click("lang-en");
            assertThat(browser.language()).isEqualTo("en");
            assertThat(browser.texts("h2")).contains("Flags and their evidence", "Case trail");
            browser.open("/batches/" + withHeld.batchId());
            assertThat(browser.texts("h2")).contains("Totals by province", "Held entitlements", "Approval trail");
            assertThat(browser.text("total")).as("rupiah are written alike in both languages")
                    .matches(ConsoleBrowserTest::rupiah);
            browser.open("/batches");
            assertThat(browser.title()).startsWith("Payment batches");

            browser.click("lang-id");
            assertThat(browser.title()).startsWith("Batch pembayaran");
        }
    }

    @Test
    void an_auditor_reads_batches_and_cases_and_finds_no_button_that_changes_them() {
        try (Browser browser = Browser.on(port)) {
            browser.logIn("audi", PASSWORD).open("/batches/" + pkh.get(pkh.size() - 1));
            assertThat(browser.has("status")).isTrue();
            assertThat(browser.has("submit") || browser.has("approve") || browser.has("reject")).isFalse();
            browser.open("/cases/" + lastOpenCase());
            assertThat(browser.has("status")).isTrue();
            assertThat(browser.has("assign") || browser.has("add-note") || browser.has("resolve")).isFalse();
        }
    }

    private BatchViews.Batch batchWithMostHeld() {
        return batches.batches(ConsoleCycle.PERIOD.toString()).stream()
                .max(Comparator.comparingInt(b -> batches.held(b).size())).orElseThrow();
    }

    private String lastOpenCase() {
        List<CaseQueue.Item> open = openCases();
        return open.get(open.size() - 1).caseId();
    }

    private List<CaseQueue.Item> openCases() {
        return cases.queue(new CaseQueue.Filter(null, null, null, null, null, "OPEN", null, CaseViews.QUEUE_LIMIT));
    }

    private static boolean rupiah(String text) {
        return text.matches("Rp \\d{1,3}(\\.\\d{3})*");
    }
}

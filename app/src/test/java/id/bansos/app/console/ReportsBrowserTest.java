package id.bansos.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.BansosServer;
import id.bansos.app.audit.AuditAction;
import id.bansos.app.audit.AuditEntry;
import id.bansos.app.audit.AuditLog;
import id.bansos.app.reports.DisbursementReport;
import id.bansos.app.reports.ReconciledCycle;
import id.bansos.app.reports.ReportFilter;
import id.bansos.app.reports.ReportTable;
import id.bansos.app.reports.Reports;
import id.bansos.app.testing.ConsolePeople;
import id.bansos.app.testing.FreshDatabaseInitializer;
import id.bansos.ledger.kpm.HouseholdTimeline;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
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
 * The report screen in a real Chromium and the reports API, on a reconciled Sembako cycle: an auditor reads the
 * disbursement report on screen and downloads it as CSV in both languages; every download is audited.
 */
@SpringBootTest(classes = BansosServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsBrowserTest {

    private static final String PASSWORD = "rahasia-sekali";
    private static final String SUBJECT = "report:disbursement:SEMBAKO:2026-10";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext ctx;
    @Autowired
    Reports reports;
    @Autowired
    AuditLog audit;

    private ReportTable sembako;

    @DynamicPropertySource
    static void people(DynamicPropertyRegistry registry) {
        ConsolePeople.register(registry, PASSWORD, Map.of("audi", "auditor", "rina", "preparer"));
    }

    @BeforeAll
    void given_a_reconciled_sembako_cycle(@TempDir Path work) throws Exception {
        ReconciledCycle.run(ctx, work, 200);
        sembako = reports.table(DisbursementReport.NAME,
                new ReportFilter("SEMBAKO", ReconciledCycle.PERIOD, null, null, null)).orElseThrow();
    }

    @Test
    void an_auditor_reads_the_disbursement_report_and_downloads_it_as_csv_in_bahasa_indonesia_and_in_english(
            @TempDir Path downloads) throws Exception {
        try (Browser browser = Browser.on(port)) {
            browser.logIn("audi", PASSWORD).click("nav-reports");
            assertThat(browser.title()).startsWith("Laporan");
            assertThat(browser.text("report-title")).isEqualTo("Laporan penyaluran");

            browser.select("program", "SEMBAKO").select("period", "2026-10").click("show");
            assertThat(browser.texts("#totals th")).first().isEqualTo("Jumlah");
            assertThat(browser.texts("#totals th")).contains(HouseholdTimeline.rupiah(sembako.total("funded")));
            browser.type("reason", "laporan bulanan");
            List<List<String>> indonesian = csv(browser.download("download-csv",
                    Files.createDirectories(downloads.resolve("id"))));
            assertThat(indonesian.get(0)).contains("KPM", "Didanai (SP2D)");
            assertThat(indonesian.get(indonesian.size() - 1)).startsWith("Jumlah")
                    .contains(Long.toString(sembako.total("funded")));

            browser.open("/reports?report=disbursement&program=SEMBAKO&period=2026-10&lang=en");
            assertThat(browser.text("report-title")).isEqualTo("Disbursement report");
            Path english = browser.download("download-csv", Files.createDirectories(downloads.resolve("en")));
            assertThat(english.getFileName().toString()).isEqualTo("laporan-disbursement-SEMBAKO-2026-10.csv");
            List<List<String>> rows = csv(english);
            assertThat(rows.get(0)).contains("Households", "Funded (SP2D)");
            assertThat(rows.get(rows.size() - 1)).startsWith("Total").contains(Long.toString(sembako.total("funded")));
        }
        List<AuditEntry> audited = audit.find(new AuditLog.Filter("audi", AuditAction.EXPORT, SUBJECT, null));
        assertThat(audited).extracting(AuditEntry::detail).anySatisfy(d -> assertThat(d).contains("lang=id"))
                .anySatisfy(d -> assertThat(d).contains("format=csv", "lang=en"));
        assertThat(audited).extracting(AuditEntry::reason).contains("laporan bulanan");
    }

    @Test
    void the_api_answers_a_report_as_json_or_as_a_file_for_any_role_and_audits_each() throws Exception {
        HttpResponse<String> json = api("rina", "/api/reports/disbursement?program=SEMBAKO&period=2026-10&lang=en");
        HttpResponse<String> pdf = api("rina", "/api/reports/trial-balance?program=SEMBAKO&period=2026-10&format=pdf");

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"report\":\"disbursement\"", "\"title\":\"Disbursement report\"",
                "\"funded\":" + sembako.total("funded"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(api("rina", "/api/reports/disbursement?format=doc").statusCode()).isEqualTo(400);
        assertThat(api("rina", "/api/reports/everything").statusCode()).isEqualTo(404);
        assertThat(audit.find(new AuditLog.Filter("rina", AuditAction.EXPORT, null, null)))
                .extracting(AuditEntry::subject)
                .contains(SUBJECT, "report:trial-balance:SEMBAKO:2026-10");
    }

    @Test
    void the_report_screen_asked_for_without_logging_in_sends_the_browser_to_the_login_page() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/reports")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private HttpResponse<String> api(String user, String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<List<String>> csv(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(l -> List.of(l.split(",", -1))).toList();
    }
}

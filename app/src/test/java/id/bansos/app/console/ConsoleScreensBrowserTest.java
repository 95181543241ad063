package id.bansos.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.BansosServer;
import id.bansos.app.cycle.CycleRun;
import id.bansos.app.exchange.InboundFile;
import id.bansos.app.exchange.Intake;
import id.bansos.app.testing.ConsolePeople;
import id.bansos.app.testing.FreshDatabaseInitializer;
import id.bansos.bank.camt.Camt053Writer;
import id.bansos.bank.pos.PosPayoutReportReader;
import id.bansos.bank.statement.CreditDebit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
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
 * The dashboard, files and reconciliation screens in a real Chromium, on a real cycle: Sembako paid, the banks'
 * simulated replies reconciled and flags raised, except BRI's, which has not replied yet; PKH prepared.
 */
@SpringBootTest(classes = BansosServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleScreensBrowserTest {

    private static final String PASSWORD = "rahasia-sekali";
    private static final String BRI_SEMBAKO_HOLDING = "000000000000002";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext ctx;
    @Autowired
    Jdbi jdbi;
    @Autowired
    Intake intake;
    @Autowired
    ConsoleFormat fmt;

    @DynamicPropertySource
    static void people(DynamicPropertyRegistry registry) {
        ConsolePeople.register(registry, PASSWORD, Map.of("dewi", "operations", "eko", "operations",
                "audi", "auditor"));
    }

    @BeforeAll
    void given_sembako_paid_and_reconciled_but_for_bri_and_pkh_prepared(@TempDir Path work) throws Exception {
        ConsoleCycle.run(ctx, work, List.of("BRI"));
    }

    @Test
    void after_logging_in_the_dashboard_shows_the_current_cycles_figures_as_the_database_has_them() {
        long sembako = number("""
                SELECT SUM(amount) FROM payment_line
                WHERE program = 'SEMBAKO' AND period = '2026-10' AND status <> 'RELEASED'""");
        long credited = number("""
                SELECT COUNT(*) FROM payment_line
                WHERE period = '2026-10' AND status = 'CREDITED'""");
        long openFlags = number("""
                SELECT COUNT(*) FROM case_flag f JOIN investigation_case c ON c.case_id = f.case_id
                WHERE c.status = 'OPEN'""");
        try (Browser browser = Browser.on(port)) {
            browser.logIn("audi", PASSWORD);

            assertThat(browser.path()).isEqualTo("/dashboard");
            assertThat(browser.text("period")).isEqualTo("2026-10");
            assertThat(browser.text("by-program-SEMBAKO")).endsWith(fmt.rupiah(sembako));
            assertThat(browser.texts("#by-program tbody tr td:first-child")).containsExactly("PKH", "SEMBAKO");
            assertThat(browser.texts("#by-status-CREDITED td.count")).containsExactly(grouped(credited));
            assertThat(browser.texts("#open-flags td.count").stream()
                    .mapToLong(c -> Long.parseLong(c.replace(".", ""))).sum()).isEqualTo(openFlags);
            assertThat(browser.texts("#unclaimed tbody td:first-child"))
                    .containsExactly("0–30 hari", "31–60 hari", "61–90 hari", "> 90 hari");
            assertThat(browser.count("svg.chart rect")).as("bars drawn for the charts").isPositive();
        }
    }

    @Test
    void the_files_screen_lists_the_exported_files_and_a_broken_file_quarantined_with_its_line_and_field()
            throws Exception {
        String report = String.join(",", PosPayoutReportReader.COLUMNS) + "\n"
                + "P0000000000000X,PAID,enam ratus ribu,2026-10-05T10:00:00+07:00,10110,PETUGAS-1,yes,PH1,,\n";
        InboundFile broken = intake.receive("POS", "POS_PAYOUT_BROKEN.csv",
                new ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8)), "API", "pos");
        List<String> exported = jdbi.withHandle(h -> h.createQuery("SELECT file_name FROM batch_file")
                .mapTo(String.class).list());
        try (Browser browser = Browser.on(port)) {
            browser.logIn("audi", PASSWORD).click("nav-files");

            assertThat(broken.status()).isEqualTo("QUARANTINED");
            assertThat(browser.text("quarantined-" + broken.id())).contains("POS_PAYOUT_BROKEN.csv")
                    .contains(broken.reason()).contains("line 2", "amount");
            assertThat(browser.texts("#outbox td.name")).containsExactlyInAnyOrderElementsOf(exported);
            assertThat(browser.texts("#outbox td.collected")).as("collected at a time, or not yet")
                    .allMatch(c -> c.contains(" WIB · ") || c.equals("belum diambil"));
            assertThat(browser.texts("#inbox td.status")).contains("Diterapkan", "Dikarantina");
        }
    }

    @Test
    void an_operations_officer_proposes_a_manual_match_is_refused_approving_it_herself_and_another_approves_it()
            throws Exception {
        Map<String, Object> payment = jdbi.withHandle(h -> h.createQuery("""
                        SELECT reference, amount FROM payment_line
                        WHERE program = 'SEMBAKO' AND channel = 'BRI' AND status = 'SCHEDULED' ORDER BY reference
                        LIMIT 1""").mapToMap().one());
        String reference = (String) payment.get("reference");
        long amount = ((Number) payment.get("amount")).longValue();
        InboundFile statement = intake.receive("BRI", "BRI_STATEMENT_UNKNOWN_REF.xml",
                new ByteArrayInputStream(debitWithoutOurReference(amount)), "API", "h2h-bri");
        assertThat(statement.status()).as(String.valueOf(statement.reason())).isEqualTo("ACCEPTED");
        new CycleRun(ctx, ConsoleCycle.PERIOD).reconcile("recon-job");
        long entry = number("SELECT MAX(id) FROM recon_exception WHERE kind = 'SUSPENSE' AND inbound_id = "
                + statement.id());

        try (Browser browser = Browser.on(port)) {
            browser.logIn("dewi", PASSWORD).click("nav-reconciliation");
            browser.type("reference-" + entry, reference).type("reason-" + entry, "Bank letter: paid to the KPM")
                    .click("propose-" + entry);
            assertThat(browser.text("done")).isEqualTo("Pencocokan diusulkan; menunggu persetujuan orang lain.");
            assertThat(browser.text("match-" + entry)).contains(reference, "dewi");

            browser.click("approve-" + entry);
            assertThat(browser.text("refused")).startsWith("Ditolak:")
                    .contains("dewi proposed this match and cannot approve it");
            assertThat(browser.has("approve-" + entry)).as("still waiting for a second person").isTrue();

            browser.click("logout").logIn("eko", PASSWORD).open("/reconciliation?lang=en");
            browser.click("approve-" + entry);
            assertThat(browser.text("done")).isEqualTo("Match approved; the payment's outcome is recorded.");
            assertThat(browser.has("entry-" + entry)).as("no longer in suspense").isFalse();
            assertThat(browser.texts("#matched-" + entry + " td")).contains(reference, "dewi", "eko");
        }
        assertThat(text("SELECT status FROM payment_line WHERE reference = '" + reference + "'"))
                .isEqualTo("CREDITED");
    }

    @Test
    void the_new_screens_are_in_bahasa_indonesia_by_default_and_in_english_once_switched() {
        try (Browser browser = Browser.on(port)) {
            browser.logIn("audi", PASSWORD);
            assertThat(browser.language()).isEqualTo("id");
            assertThat(browser.texts("h2")).contains("Per program", "Per bank / Pos", "Per status pembayaran",
                    "Dana belum ditarik, menurut umur", "Tanda terbuka per jenis");
            assertThat(browser.texts("#by-program td.amount")).isNotEmpty().allMatch(ConsoleScreensBrowserTest::rupiah);
            browser.click("nav-files");
            assertThat(browser.texts("h2")).contains("Berkas dikarantina", "Kotak keluar: berkas yang diekspor",
                    "Kotak masuk: berkas yang diterima");
            browser.click("nav-reconciliation");
            assertThat(browser.texts("h2")).contains("Per bank / Pos", "Meja pencocokan manual",
                    "Rekening koran dan laporan yang diterapkan");

            browser.click("lang-en");
            assertThat(browser.language()).isEqualTo("en");
            assertThat(browser.texts("h2")).contains("By bank / Pos", "Manual-match workbench",
                    "Statements and reports applied");
            browser.click("nav-files");
            assertThat(browser.texts("h2")).contains("Quarantined files", "Outbox: exported files",
                    "Inbox: received files");
            browser.click("nav-dashboard");
            assertThat(browser.texts("h2")).contains("By program", "By bank / Pos", "By payment status",
                    "Unclaimed funds by age", "Open flags by type");
            assertThat(browser.texts("#unclaimed tbody td:first-child")).contains("> 90 days");
            assertThat(browser.texts("#by-program td.amount")).as("rupiah are written alike in both languages")
                    .allMatch(ConsoleScreensBrowserTest::rupiah);
        }
    }

    private static byte[] debitWithoutOurReference(long amount) throws Exception {
        LocalDate day = LocalDate.now(ZoneOffset.ofHours(7));
        BigDecimal opening = BigDecimal.valueOf(10_000_000);
        BigDecimal debit = BigDecimal.valueOf(amount);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Camt053Writer().write(out, "MSG-UI-1", OffsetDateTime.of(day.atTime(18, 0), ZoneOffset.ofHours(7)),
                List.of(new Camt053Writer.Statement("STMT-UI-1", 90_001, BRI_SEMBAKO_HOLDING, "IDR", "BRINIDJA",
                        opening, day, opening.subtract(debit), day,
                        List.of(Camt053Writer.Entry.of(null, debit, CreditDebit.DEBIT, day, "BRX-UI-1", null))
                                .iterator())));
        return out.toByteArray();
    }

    private long number(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private String text(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    private static String grouped(long count) {
        return String.format(Locale.GERMANY, "%,d", count);
    }

    private static boolean rupiah(String text) {
        return text.matches("Rp \\d{1,3}(\\.\\d{3})*");
    }
}

package id.bansos.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.audit.AuditAction;
import id.bansos.app.audit.AuditEntry;
import id.bansos.app.audit.AuditLog;
import id.bansos.app.reconciliation.TreasuryService;
import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.ledger.kpm.HouseholdTimeline;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.reconciliation.trail.Account;
import id.bansos.reconciliation.trail.MoneyTrail;
import id.bansos.reconciliation.trail.TrailKey;
import id.bansos.reconciliation.trail.readmodel.TrailPostings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The reports' figures against a real reconciled cycle: they add up to the money trail and the payment lines, and read
 * back the same from every file format.
 */
@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFiguresTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    @Autowired
    ApplicationContext ctx;
    @Autowired
    Reports reports;
    @Autowired
    TrailPostings postings;
    @Autowired
    Jdbi jdbi;
    @Autowired
    ReportExports exports;
    @Autowired
    AuditLog audit;

    private String depositedChannel;
    private long deposited;

    @BeforeAll
    void given_a_reconciled_sembako_cycle_part_of_one_channels_returns_deposited_and_pkh_prepared(@TempDir Path work)
            throws Exception {
        ReconciledCycle.run(ctx, work, 400);
        MoneyTrail trail = postings.trail("SEMBAKO", ReconciledCycle.PERIOD);
        TrailKey key = trail.trialBalance().keySet().stream()
                .filter(k -> trail.balance(k, Account.RETURNED) > 0).findFirst().orElseThrow();
        depositedChannel = key.channel();
        deposited = trail.balance(key, Account.RETURNED) / 2;
        ctx.getBean(TreasuryService.class).deposit("SEMBAKO", ReconciledCycle.PERIOD, depositedChannel,
                "0A1B2C3D4E5F6A7B", deposited, LocalDate.of(2026, 11, 20), "bendahara");
        ctx.getBean(ReadModels.class).awaitCaughtUp(Duration.ofMinutes(1));
    }

    @Test
    void the_disbursement_report_per_channel_gives_what_the_money_trail_holds_and_funded_checks_out() {
        MoneyTrail trail = postings.trail("SEMBAKO", ReconciledCycle.PERIOD);
        for (TrailKey key : trail.trialBalance().keySet()) {
            ReportTable t = table(DisbursementReport.NAME, filter("SEMBAKO", key.channel(), null));

            assertThat(t.total("funded")).as(key + " funded").isEqualTo(trail.funded(key)).isPositive();
            assertThat(t.total("inFlight")).as(key + " in flight").isEqualTo(trail.balance(key, Account.IN_FLIGHT));
            assertThat(t.total("credited") + t.total("creditedAgain")).as(key + " credited")
                    .isEqualTo(trail.balance(key, Account.CREDITED));
            assertThat(t.total("returned")).as(key + " returned")
                    .isEqualTo(trail.balance(key, Account.RETURNED) + trail.balance(key, Account.TREASURY));
            assertThat(t.total("held")).as(key + " held").isEqualTo(trail.balance(key, Account.HOLDING)
                    + trail.balance(key, Account.SUSPENSE) + t.total("creditedAgain"));
            assertThat(t.total("funded")).isEqualTo(t.total("held") + t.total("inFlight") + t.total("credited")
                    + t.total("returned"));
            assertThat(t.notes()).extracting(ReportTable.Note::key).containsExactly("fundedBalances");
        }
    }

    @Test
    void the_disbursement_report_by_province_adds_up_to_the_payment_lines_and_a_province_splits_into_regencies() {
        ReportTable all = table(DisbursementReport.NAME, filter(null, null, null));
        Map<String, Object> lines = jdbi.withHandle(h -> h.createQuery("""
                SELECT COUNT(*) AS lines, COUNT(DISTINCT household_id || program) AS households, SUM(amount) AS amount,
                       SUM(amount) FILTER (WHERE status = 'CREDITED') AS credited
                FROM payment_line WHERE status <> 'RELEASED'""").mapToMap().one());

        assertThat(all.total("lines")).isEqualTo(number(lines.get("lines")));
        assertThat(all.total("unfunded") + all.total("funded")).isEqualTo(number(lines.get("amount")));
        assertThat(all.total("credited")).isEqualTo(number(lines.get("credited")));
        assertThat(all.total("unfunded")).as("PKH is prepared, not funded").isPositive();
        assertThat(all.rows()).extracting(r -> (String) r.get(2)).allMatch(code -> code.length() == 2);

        String province = (String) all.rows().get(0).get(2);
        ReportTable one = table(DisbursementReport.NAME, filter(null, null, province));
        assertThat(one.rows()).extracting(r -> (String) r.get(2)).allMatch(code -> code.length() == 4
                && code.startsWith(province));
        long provinceLines = all.rows().stream().filter(r -> r.get(2).equals(province))
                .mapToLong(r -> (Long) r.get(all.column("lines"))).sum();
        assertThat(one.total("lines")).isEqualTo(provinceLines);
    }

    @Test
    void unclaimed_ageing_holds_every_credited_payment_not_withdrawn_and_its_buckets_add_up() {
        ReportTable t = table(UnclaimedAgeingReport.NAME, filter("SEMBAKO", null, null));
        Map<String, Object> waiting = jdbi.withHandle(h -> h.createQuery("""
                SELECT COUNT(*) AS n, COALESCE(SUM(amount), 0) AS amount FROM payment_line
                WHERE program = 'SEMBAKO' AND status = 'CREDITED' AND withdrawn_on IS NULL AND channel <> 'POS'""")
                .mapToMap().one());
        long posNotReported = jdbi.withHandle(h -> h.createQuery("""
                SELECT COUNT(*) FROM payment_line l JOIN payment_batch b ON b.batch_id = l.batch_id
                WHERE l.program = 'SEMBAKO' AND l.channel = 'POS' AND l.status = 'SCHEDULED'
                  AND b.status = 'EXPORTED'""").mapTo(Long.class).one());

        assertThat(t.total("unclaimedCount")).isEqualTo(number(waiting.get("n")) + posNotReported).isPositive();
        assertThat(t.total("unclaimedAmount")).isGreaterThanOrEqualTo(number(waiting.get("amount")));
        assertThat(t.rows()).extracting(r -> r.get(2)).contains(ReconciledCycle.CLAIMS_NOT_IN);
        assertThat(t.total("count0to30") + t.total("count31to60") + t.total("count61to90") + t.total("countOver90"))
                .isEqualTo(t.total("unclaimedCount"));
        assertThat(t.total("amount0to30") + t.total("amount31to60") + t.total("amount61to90")
                + t.total("amountOver90")).isEqualTo(t.total("unclaimedAmount"));
        assertThat(t.filter().asOf()).isEqualTo(AS_OF);
    }

    @Test
    void returns_to_the_treasury_split_what_came_back_into_deposited_with_its_ntpn_and_still_to_deposit() {
        ReportTable t = table(TreasuryReturnsReport.NAME, filter("SEMBAKO", null, null));
        ReportTable disbursed = table(DisbursementReport.NAME, filter("SEMBAKO", null, null));
        List<Object> row = t.rows().stream().filter(r -> r.get(2).equals(depositedChannel)).findFirst().orElseThrow();

        assertThat(t.total("returned")).isEqualTo(disbursed.total("returned"));
        assertThat(t.total("deposited")).isEqualTo(deposited);
        assertThat(t.total("pendingReturn")).isEqualTo(t.total("returned") - deposited);
        assertThat(row.get(t.column("ntpn"))).isEqualTo("0A1B2C3D4E5F6A7B");
        assertThat(row.get(t.column("lastDeposit"))).as("the day the deposit was recorded")
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Jakarta")));
        assertThat(row.get(t.column("waitingSince"))).isInstanceOf(LocalDate.class);
    }

    @Test
    void the_trial_balance_report_is_the_ledgers_trial_balance() {
        MoneyTrail trail = postings.trail("SEMBAKO", ReconciledCycle.PERIOD);
        ReportTable t = table(TrialBalanceReport.NAME, filter("SEMBAKO", null, null));

        assertThat(t.rows()).hasSize(trail.trialBalance().size());
        for (List<Object> row : t.rows()) {
            TrailKey key = new TrailKey("SEMBAKO", ReconciledCycle.PERIOD, (String) row.get(2));
            assertThat(row.get(t.column("funded"))).isEqualTo(trail.funded(key));
            assertThat(row.get(t.column("credited"))).isEqualTo(trail.balance(key, Account.CREDITED));
            assertThat(row.get(t.column("treasury"))).isEqualTo(trail.balance(key, Account.TREASURY));
        }
        assertThat(t.notes()).hasSize(Math.max(1, trail.breaches().size()));
    }

    @Test
    void the_disbursement_report_reads_back_from_csv_xlsx_and_pdf_with_its_totals_and_each_download_is_audited()
            throws Exception {
        ReportDocument doc = exports.document(DisbursementReport.NAME, filter("SEMBAKO", null, null),
                Locale.forLanguageTag("id-ID"));
        ReportTable t = doc.table();
        int funded = t.column("funded");

        List<List<String>> csv = ReportFiles.csv(download(doc, ReportFormat.CSV, "monthly report to the Dirjen"));
        assertThat(csv.get(0)).containsExactly("Program", "Periode", "Kode wilayah", "Provinsi", "Bank / Pos", "KPM",
                "Baris", "Belum didanai", "Didanai (SP2D)", "Ditahan di rekening penampung", "Diinstruksikan",
                "Dalam proses", "Dikreditkan", "Dikembalikan", "Dikreditkan ganda");
        assertThat(csv).hasSize(t.rows().size() + 2);
        assertThat(csv.get(csv.size() - 1).get(0)).isEqualTo("Jumlah");
        assertThat(csv.get(csv.size() - 1).get(funded)).isEqualTo(Long.toString(t.total("funded")));
        assertThat(csv.stream().mapToLong(r -> r.get(0).equals("SEMBAKO") ? Long.parseLong(r.get(funded)) : 0).sum())
                .isEqualTo(t.total("funded"));

        byte[] xlsx = download(doc, ReportFormat.XLSX, "");
        List<List<Object>> sheet = ReportFiles.xlsx(xlsx);
        int totalsRow = sheet.indexOf(sheet.stream().filter(r -> !r.isEmpty() && "Jumlah".equals(r.get(0)))
                .findFirst().orElseThrow());
        assertThat(sheet.get(0).get(0)).isEqualTo("Laporan penyaluran");
        assertThat(sheet.get(totalsRow).get(funded)).isEqualTo(t.total("funded"));
        assertThat(sheet.get(totalsRow).get(t.column("credited"))).isEqualTo(t.total("credited"));
        assertThat(ReportFiles.xlsxFormat(xlsx, totalsRow, funded)).isEqualTo("\"Rp \"#,##0");

        ReportFiles.Pdf pdf = ReportFiles.pdf(download(doc, ReportFormat.PDF, ""));
        assertThat(pdf.landscape()).isTrue();
        assertThat(pdf.pages()).isPositive();
        assertThat(pdf.text()).contains("Laporan penyaluran", "Program: SEMBAKO", "Jumlah",
                HouseholdTimeline.rupiah(t.total("funded")), "sesuai");

        List<AuditEntry> audited = audit.find(new AuditLog.Filter(null, AuditAction.EXPORT,
                "report:disbursement:SEMBAKO:2026-10", null));
        assertThat(audited).extracting(AuditEntry::actor).containsOnly("audi").hasSize(3);
        assertThat(audited).extracting(AuditEntry::detail).anySatisfy(d -> assertThat(d)
                .startsWith("format=csv program=SEMBAKO period=2026-10").contains("rows=" + t.rows().size()));
        assertThat(audited).extracting(AuditEntry::reason).contains("monthly report to the Dirjen");
    }

    private byte[] download(ReportDocument doc, ReportFormat format, String reason) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.download("audi", doc, format, reason, out);
        return out.toByteArray();
    }

    private static long number(Object n) {
        return ((Number) n).longValue();
    }

    private ReportTable table(String name, ReportFilter filter) {
        return reports.table(name, filter).orElseThrow();
    }

    private static ReportFilter filter(String program, String channel, String province) {
        return new ReportFilter(program, program == null ? null : ReconciledCycle.PERIOD, channel, province, AS_OF);
    }
}

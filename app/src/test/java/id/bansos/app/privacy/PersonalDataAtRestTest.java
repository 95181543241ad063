package id.bansos.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.cycle.CycleRun;
import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.bank.simulator.SimulationOptions;
import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.Member;
import id.bansos.ledger.kpm.readmodel.HouseholdQueries;
import id.bansos.ledger.privacy.PersonalData;
import id.bansos.ledger.roster.GeneratorOptions;
import id.bansos.ledger.roster.RosterGenerator;
import id.bansos.ledger.roster.RosterWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** NIK, No. KK and account numbers are never stored in the clear, yet stay searchable and readable by the ledger. */
@LedgerIntegrationTest
class PersonalDataAtRestTest {

    private static final Pattern DIGIT_RUNS = Pattern.compile("\\d{10,20}");

    @Autowired
    ApplicationContext ctx;
    @Autowired
    Jdbi jdbi;
    @Autowired
    HouseholdQueries households;

    @TempDir
    Path dir;

    @Test
    void after_a_whole_cycle_no_table_holds_a_plain_nik_kk_or_account_number_and_the_ledger_still_reads_them()
            throws Exception {
        List<HouseholdRecord> roster = new ArrayList<>();
        Path file = dir.resolve("roster.csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            RosterWriter writer = new RosterWriter(w);
            new RosterGenerator(GeneratorOptions.of(200, 5)).generate(r -> {
                roster.add(r);
                writer.write(r);
            });
        }
        CycleRun cycle = new CycleRun(ctx, YearMonth.of(2026, 10));
        cycle.importRoster(file, "tester");
        List<String> batchIds = CycleRun.batchIds(cycle.prepare(List.of("PKH", "SEMBAKO"), "tester"));
        cycle.approve(batchIds, "rina", List.of("budi", "sari"));
        cycle.fund(batchIds, "bendahara");
        cycle.simulateBankReplies(cycle.export(batchIds, "tester"), SimulationOptions.of(5,
                SimulationOptions.Rates.typical()), decision -> { });
        cycle.reconcile("tester");
        Set<String> secrets = numbers(roster);

        Set<String> found = new TreeSet<>();
        for (String table : tables()) {
            jdbi.useHandle(h -> h.createQuery("SELECT * FROM " + table).map((rs, c) -> {
                scan(rs, secrets, found, table);
                return 0;
            }).list());
        }

        assertThat(secrets).hasSizeGreaterThan(500);
        List<byte[]> payloads = jdbi.withHandle(h -> h.createQuery("SELECT payload FROM domain_event_entry")
                .mapTo(byte[].class).list());
        assertThat(payloads).isNotEmpty().allMatch(PersonalData::isSealed);
        List<String> niks = jdbi.withHandle(h -> h.createQuery("SELECT nik FROM household_member")
                .mapTo(String.class).list());
        assertThat(niks).isNotEmpty().allMatch(nik -> nik.startsWith(PersonalData.TOKEN_PREFIX));
        assertThat(found).as("plain personal numbers at rest").isEmpty();
        HouseholdRecord first = roster.get(0);
        assertThat(households.household(first.householdId()).orElseThrow().pengurusNik())
                .isEqualTo(first.pengurusNik().value());
        String byNik = jdbi.withHandle(h -> h.createQuery(
                        "SELECT household_id FROM household WHERE pengurus_nik = :nik")
                .bind("nik", PersonalData.current().token(first.pengurusNik().value())).mapTo(String.class).one());
        assertThat(byNik).as("found by exact match on the keyed token").isEqualTo(first.householdId());
    }

    private List<String> tables() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
                .mapTo(String.class).list());
    }

    private static Set<String> numbers(List<HouseholdRecord> roster) {
        Set<String> numbers = new HashSet<>();
        for (HouseholdRecord r : roster) {
            numbers.add(r.noKk().value());
            r.members().stream().map(Member::nik).forEach(n -> numbers.add(n.value()));
            if (r.channel() instanceof Channel.Bank bank) {
                numbers.add(bank.accountNumber());
                if (bank.kksNumber() != null) {
                    numbers.add(bank.kksNumber());
                }
            }
        }
        return numbers;
    }

    private static void scan(ResultSet rs, Set<String> secrets, Set<String> found, String table)
            throws java.sql.SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String text = meta.getColumnType(i) == Types.BINARY
                    ? bytes(rs.getBytes(i)) : rs.getString(i);
            if (text == null) {
                continue;
            }
            Matcher m = DIGIT_RUNS.matcher(text);
            while (m.find()) {
                for (int from = 0; from < m.group().length(); from++) {
                    for (int to = from + 10; to <= m.group().length(); to++) {
                        String run = m.group().substring(from, to);
                        if (secrets.contains(run)) {
                            found.add(table + "." + meta.getColumnName(i) + ": ****"
                                    + run.substring(run.length() - 4));
                        }
                    }
                }
            }
        }
    }

    private static String bytes(byte[] data) {
        return data == null ? null : new String(data, StandardCharsets.ISO_8859_1);
    }
}

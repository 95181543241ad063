package id.bansos.app.kpm;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.Member;
import id.bansos.ledger.kpm.MemberStatus;
import id.bansos.ledger.kpm.readmodel.HouseholdQueries;
import id.bansos.ledger.kpm.readmodel.RosterImports;
import id.bansos.ledger.roster.GeneratorOptions;
import id.bansos.ledger.roster.RosterGenerator;
import id.bansos.ledger.roster.RosterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Full-roster imports drop households; this class has a database of its own. */
@LedgerIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RosterUpdateTest {

    private static final YearMonth PERIOD = YearMonth.of(2026, 10);

    @Autowired
    RosterImportService imports;
    @Autowired
    HouseholdQueries queries;
    @Autowired
    HouseholdHistory history;
    @Autowired
    Jdbi jdbi;

    @TempDir
    Path dir;

    @Test
    @Order(1)
    void an_updated_roster_records_only_the_differences() throws IOException {
        List<HouseholdRecord> roster = generated(300, "B-");
        importFile(write("v1.csv", roster), false);
        List<HouseholdRecord> next = new ArrayList<>(roster);
        HouseholdRecord changedAccount = bankHousehold(next);
        int changedIndex = next.indexOf(changedAccount);
        Channel.Bank bank = (Channel.Bank) changedAccount.channel();
        String newAccount = new StringBuilder(bank.accountNumber()).reverse().toString();
        next.set(changedIndex, withChannel(changedAccount, new Channel.Bank(bank.bankCode(), newAccount, bank.kksNumber())));
        HouseholdRecord bereaved = next.get(changedIndex + 1);
        next.set(changedIndex + 1, withPengurusDeceased(bereaved));
        HouseholdRecord dropped = next.remove(next.size() - 1);

        RosterImports.Summary s = importFile(write("v2.csv", next), false);

        assertThat(s.counts().registered()).isZero();
        assertThat(s.counts().updated()).isEqualTo(2);
        assertThat(s.counts().dropped()).isEqualTo(1);
        assertThat(queries.household(changedAccount.householdId()).orElseThrow().accountNumber()).isEqualTo(newAccount);
        assertThat(queries.entitlements(bereaved.householdId())).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo("HELD");
            assertThat(e.reasons()).contains("pengurus deceased");
        });
        assertThat(queries.household(dropped.householdId()).orElseThrow().onRoster()).isFalse();
        assertThat(queries.entitlements(dropped.householdId())).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo("REVOKED");
            assertThat(e.reasons()).isEqualTo("household dropped from the roster");
        });
        assertThat(history.timeline(changedAccount.householdId())).extracting(t -> t.what())
                .anyMatch(w -> w.startsWith("Payment channel changed"));
    }

    @Test
    @Order(2)
    void a_full_roster_missing_more_than_a_tenth_of_the_households_drops_nobody_without_allow_mass_drop() throws IOException {
        List<HouseholdRecord> roster = generated(100, "M-");
        importFile(write("m1.csv", roster), true);

        RosterImports.Summary s = importFile(write("m2.csv", roster.subList(0, 50)), false);

        assertThat(s.counts().dropped()).isZero();
        assertThat(s.note()).contains("were NOT dropped");
        assertThat(queries.household(roster.get(99).householdId()).orElseThrow().onRoster()).isTrue();
    }

    private RosterImports.Summary importFile(Path file, boolean partial) {
        return imports.importFile(file, PERIOD, "tester", false, partial, false, lines -> { });
    }

    private long events() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM domain_event_entry").mapTo(Long.class).one());
    }

    /** A clean generated roster whose ids carry a prefix of their own, so tests sharing a database stay apart. */
    private static List<HouseholdRecord> generated(int n, String prefix) {
        List<HouseholdRecord> list = new ArrayList<>();
        new RosterGenerator(GeneratorOptions.clean(n, n)).generate(h -> list.add(new HouseholdRecord(prefix + h.householdId(),
                h.noKk(), h.pengurusNik(), h.pengurusName(), h.regionCode(), h.address(), h.desil(), h.channel(),
                h.programs(), h.members())));
        return list;
    }

    private Path write(String name, List<HouseholdRecord> households) throws IOException {
        Path file = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            RosterWriter writer = new RosterWriter(w);
            households.forEach(writer::write);
        }
        return file;
    }

    private static HouseholdRecord bankHousehold(List<HouseholdRecord> roster) {
        return roster.stream().filter(h -> h.channel() instanceof Channel.Bank).findFirst().orElseThrow();
    }

    private static HouseholdRecord withChannel(HouseholdRecord h, Channel channel) {
        return new HouseholdRecord(h.householdId(), h.noKk(), h.pengurusNik(), h.pengurusName(), h.regionCode(),
                h.address(), h.desil(), channel, h.programs(), h.members());
    }

    private static HouseholdRecord withPengurusDeceased(HouseholdRecord h) {
        List<Member> members = h.members().stream().map(m -> m.nik().equals(h.pengurusNik())
                ? new Member(m.nik(), m.name(), m.birthDate(), MemberStatus.DECEASED, m.component()) : m).toList();
        return new HouseholdRecord(h.householdId(), h.noKk(), h.pengurusNik(), h.pengurusName(), h.regionCode(),
                h.address(), h.desil(), h.channel(), h.programs(), members);
    }
}

package id.bansos.app.kpm;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.readmodel.HouseholdQueries;
import id.bansos.ledger.kpm.readmodel.RosterImports;
import java.io.IOException;
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
        List<HouseholdRecord> roster = TestRosters.generated(300, "B-");
        importFile(TestRosters.write(dir.resolve("v1.csv"), roster), false);
        List<HouseholdRecord> next = new ArrayList<>(roster);
        HouseholdRecord changedAccount = TestRosters.firstBankHousehold(next);
        int changedIndex = next.indexOf(changedAccount);
        Channel.Bank bank = (Channel.Bank) changedAccount.channel();
        String newAccount = new StringBuilder(bank.accountNumber()).reverse().toString();
        next.set(changedIndex, TestRosters.withChannel(changedAccount,
                new Channel.Bank(bank.bankCode(), newAccount, bank.kksNumber())));
        HouseholdRecord bereaved = next.get(changedIndex + 1);
        next.set(changedIndex + 1, TestRosters.withPengurusDeceased(bereaved));
        HouseholdRecord dropped = next.remove(next.size() - 1);

        RosterImports.Summary s = importFile(TestRosters.write(dir.resolve("v2.csv"), next), false);

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
    void a_full_roster_missing_more_than_a_tenth_of_the_households_drops_nobody_without_allow_mass_drop()
            throws IOException {
        List<HouseholdRecord> roster = TestRosters.generated(100, "M-");
        importFile(TestRosters.write(dir.resolve("m1.csv"), roster), true);

        RosterImports.Summary s = importFile(TestRosters.write(dir.resolve("m2.csv"), roster.subList(0, 50)), false);

        assertThat(s.counts().dropped()).isZero();
        assertThat(s.note()).contains("were NOT dropped");
        assertThat(queries.household(roster.get(99).householdId()).orElseThrow().onRoster()).isTrue();
    }

    private RosterImports.Summary importFile(Path file, boolean partial) {
        return imports.importFile(file, PERIOD, "tester", false, partial, false, lines -> { });
    }
}

package id.bansos.app.kpm;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.readmodel.HouseholdQueries;
import id.bansos.ledger.kpm.readmodel.RosterImports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@LedgerIntegrationTest
class RosterImportTest {

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
    void importing_the_same_roster_twice_changes_nothing_the_second_time() throws IOException {
        List<HouseholdRecord> roster = TestRosters.generated(500, "A-");
        Path file = TestRosters.write(dir.resolve("r.csv"), roster);

        RosterImports.Summary first = importFile(file, true);
        long eventsAfterFirst = events();
        RosterImports.Summary second = importFile(file, true);

        assertThat(first.counts().registered()).isEqualTo(500);
        assertThat(second.counts().changes()).isZero();
        assertThat(second.counts().unchanged()).isEqualTo(500);
        assertThat(second.counts().events()).isZero();
        assertThat(events()).isEqualTo(eventsAfterFirst);
    }

    @Test
    void all_or_nothing_refuses_a_file_with_one_bad_line_and_records_nothing() throws IOException {
        List<HouseholdRecord> roster = TestRosters.generated(50, "C-");
        Path file = TestRosters.write(dir.resolve("bad.csv"), roster);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(10, lines.get(10).replaceFirst(",BRI,|,BNI,|,MANDIRI,|,BTN,|,BSI,|,POS,", ",BCA,"));
        Files.write(file, lines);
        long before = events();

        RosterImports.Summary s = importAllOrNothing(file);

        assertThat(s.status()).isEqualTo("REFUSED");
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.field()).isEqualTo("channel");
        });
        assertThat(events()).isEqualTo(before);
    }

    private RosterImports.Summary importFile(Path file, boolean partial) {
        return imports.importFile(file, PERIOD, "tester", false, partial, false, lines -> { });
    }

    private RosterImports.Summary importAllOrNothing(Path file) {
        return imports.importFile(file, PERIOD, "tester", true, true, false, lines -> { });
    }

    private long events() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM domain_event_entry").mapTo(Long.class).one());
    }
}

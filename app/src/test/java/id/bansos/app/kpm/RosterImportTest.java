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
        List<HouseholdRecord> roster = generated(500, "A-");
        Path file = write("r.csv", roster);

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
        List<HouseholdRecord> roster = generated(50, "C-");
        Path file = write("bad.csv", roster);
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

package id.bansos.ledger.roster;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.ledger.kpm.HouseholdRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterReaderTest {

    private static final String HEADER = String.join(",", RosterColumns.ALL);
    private static final String GOOD = "KPM-1,3201010101200001,3201014508900001,Siti Aminah,3201010001,\"Jl. Melati 1, Bogor\",2,"
            + "PKH|SEMBAKO,BRI,000101000000001,,3201014508900001;Siti Aminah;1990-08-05;ALIVE;|3201011203180001;Budi;2018-03-12;ALIVE;ANAK_USIA_DINI";

    @TempDir
    Path dir;

    @Test
    void planted_bad_rows_are_each_reported_with_line_field_and_reason_while_good_rows_come_through() throws IOException {
        Path file = roster(
                GOOD,
                GOOD.replace("KPM-1,", "KPM-2,").replace("3201014508900001,Siti", "3201017208900001,Siti"),
                GOOD.replace("KPM-1,", "KPM-3,").replace(",BRI,", ",BCA,"),
                GOOD.replace("KPM-1,", "KPM-4,").replace("000101000000001", "00010100000001"),
                GOOD.replace("KPM-1,", "KPM-5,").replace("PKH|SEMBAKO", "PKH=1500000.50|SEMBAKO"),
                GOOD.replace("KPM-1,", "KPM-6,").replace("1990-08-05", "1990-08-06"),
                GOOD,
                GOOD.replace("KPM-1,", "KPM-8,").replace(",3201014508900001,Siti Aminah,", ",3201011203180001,Siti Aminah,"
                        ).replace("3201011203180001;Budi", "3201011203180002;Budi"));

        List<RowProblem> problems = new ArrayList<>();
        List<HouseholdRecord> good = new ArrayList<>();
        read(file).forEach(line -> {
            problems.addAll(line.problems());
            if (line.record() != null) {
                good.add(line.record());
            }
        });

        assertThat(good).extracting(HouseholdRecord::householdId).containsExactly("KPM-1");
        assertThat(problems).extracting(RowProblem::line, RowProblem::field)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(3, "pengurus_nik"),
                        org.assertj.core.groups.Tuple.tuple(4, "channel"),
                        org.assertj.core.groups.Tuple.tuple(5, "account_number"),
                        org.assertj.core.groups.Tuple.tuple(6, "programs"),
                        org.assertj.core.groups.Tuple.tuple(7, "members[1].birth_date"),
                        org.assertj.core.groups.Tuple.tuple(8, "household_id"),
                        org.assertj.core.groups.Tuple.tuple(9, "pengurus_nik"));
        assertThat(reason(problems, 3)).contains("birth day must be 01-31, or 41-71");
        assertThat(reason(problems, 4)).contains("unknown bank code BCA");
        assertThat(reason(problems, 5)).contains("BRI account numbers have 15 digits; this one has 14");
        assertThat(reason(problems, 6)).contains("whole rupiah");
        assertThat(reason(problems, 7)).contains("does not match the date in the NIK");
        assertThat(reason(problems, 8)).contains("appears on an earlier line");
        assertThat(reason(problems, 9)).contains("the pengurus must be one of the household's members");
    }

    @Test
    void problem_values_never_show_a_whole_nik_or_account_number() throws IOException {
        Path file = roster(GOOD.replace("3201014508900001,Siti", "3201017208900001,Siti").replace("000101000000001", "00010100000001"));

        List<RowProblem> problems = read(file).validateAll();

        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.value()).doesNotContain("3201017208900001").doesNotContain("00010100000001");
        });
    }

    @Test
    void a_file_with_a_wrong_header_is_refused_at_line_one() throws IOException {
        Path file = dir.resolve("bad-header.csv");
        Files.writeString(file, HEADER.replace("desil", "decile") + "\n" + GOOD + "\n", StandardCharsets.UTF_8);

        List<RowProblem> problems = read(file).validateAll();

        assertThat(problems).extracting(RowProblem::line).containsOnly(1);
        assertThat(problems).extracting(RowProblem::reason).contains("unknown column decile", "missing column desil");
    }

    @Test
    void a_line_with_the_wrong_number_of_fields_is_refused_with_its_line() throws IOException {
        Path file = roster(GOOD, "KPM-9,only,three");

        List<RowProblem> problems = read(file).validateAll();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).contains("expected 12 fields");
        });
    }

    @Test
    void generated_rosters_read_back_without_problems() throws IOException {
        Path file = dir.resolve("generated.csv");
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            RosterWriter roster = new RosterWriter(writer);
            new RosterGenerator(GeneratorOptions.of(3000, 11)).generate(roster::write);
        }

        List<RowProblem> problems = read(file).validateAll();

        assertThat(problems).isEmpty();
    }

    private RosterReader read(Path file) {
        return new RosterReader(file, BankAccountRules.defaults(), Set.of("PKH", "SEMBAKO", "BLT"));
    }

    private Path roster(String... lines) throws IOException {
        Path file = dir.resolve("roster.csv");
        Files.writeString(file, HEADER + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String reason(List<RowProblem> problems, int line) {
        return problems.stream().filter(p -> p.line() == line).map(RowProblem::reason).reduce("", (a, b) -> a + " | " + b);
    }
}

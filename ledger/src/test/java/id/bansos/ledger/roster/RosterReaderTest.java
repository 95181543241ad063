package id.bansos.ledger.roster;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.ProgramEnrolment;
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
    private static final String GOOD = "KPM-1,3201010101200001,3201014508900001,Siti Aminah,3201010001,"
            + "\"Jl. Melati 1, Bogor\",2,"
            + "PKH|SEMBAKO,BRI,000101000000001,,3201014508900001;Siti Aminah;1990-08-05;ALIVE;"
            + "|3201011203180001;Budi;2018-03-12;ALIVE;ANAK_USIA_DINI";

    @TempDir
    Path dir;

    @Test
    void planted_bad_rows_are_each_reported_with_line_field_and_reason_while_good_rows_come_through()
            throws IOException {
        Path file = roster(
                GOOD,
                GOOD.replace("KPM-1,", "KPM-2,").replace("3201014508900001,Siti", "3201017208900001,Siti"),
                GOOD.replace("KPM-1,", "KPM-3,").replace(",BRI,", ",BCA,"),
                GOOD.replace("KPM-1,", "KPM-4,").replace("000101000000001", "00010100000001"),
                GOOD.replace("KPM-1,", "KPM-5,").replace("PKH|SEMBAKO", "PKH=1500000.50|SEMBAKO"),
                GOOD.replace("KPM-1,", "KPM-6,").replace("1990-08-05", "1990-08-06"),
                GOOD,
                GOOD.replace("KPM-1,", "KPM-8,")
                        .replace(",3201014508900001,Siti Aminah,", ",3201011203180001,Siti Aminah,")
                        .replace("3201011203180001;Budi", "3201011203180002;Budi"));

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
        Path file = roster(GOOD.replace("3201014508900001,Siti", "3201017208900001,Siti")
                .replace("000101000000001", "00010100000001"));

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

    @Test
    void an_amount_with_thousands_separators_is_refused_as_not_whole_rupiah() throws IOException {
        Path file = roster(GOOD.replace("PKH|SEMBAKO", "PKH=1.500.000|SEMBAKO=600000"));

        List<RowProblem> problems = read(file).validateAll();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("programs");
            assertThat(p.reason()).contains("amount must be whole rupiah");
        });
    }

    @Test
    void the_reader_counts_lines_read_valid_and_invalid() throws IOException {
        Path file = roster(GOOD, GOOD.replace("KPM-1,", "KPM-2,").replace(",2,PKH", ",11,PKH"), "",
                GOOD.replace("KPM-1,", "KPM-3,"));
        RosterReader reader = read(file);

        reader.validateAll();

        assertThat(reader.linesRead()).isEqualTo(3);
        assertThat(reader.valid()).isEqualTo(2);
        assertThat(reader.invalid()).isEqualTo(1);
    }

    @Test
    void a_byte_order_mark_before_the_header_is_accepted() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.writeString(file, "\uFEFF" + HEADER + "\n" + GOOD + "\n", StandardCharsets.UTF_8);

        assertThat(read(file).validateAll()).isEmpty();
    }

    @Test
    void a_birth_date_that_differs_from_the_nik_is_explained_without_the_digits_the_mask_hides() throws IOException {
        Path file = roster(GOOD.replace("1990-08-05", "1991-08-06"));

        List<RowProblem> problems = read(file).validateAll();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("members[1].birth_date");
            assertThat(p.reason()).contains("day, year differ").doesNotContain("450890");
        });
    }

    @Test
    void a_nik_listed_twice_in_a_household_and_a_pos_household_with_an_account_are_refused() throws IOException {
        Path file = roster(
                GOOD.replace("ANAK_USIA_DINI", "ANAK_USIA_DINI|3201011203180001;Budi;2018-03-12;ALIVE;"),
                GOOD.replace("KPM-1,", "KPM-2,").replace(",BRI,", ",POS,"));

        List<RowProblem> problems = read(file).validateAll();

        assertThat(problems).extracting(RowProblem::line, RowProblem::field, RowProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "members[3].nik",
                        "the same NIK is listed twice in the household"),
                org.assertj.core.groups.Tuple.tuple(3, "account_number",
                        "a PT Pos household has no account or KKS number"));
    }

    @Test
    void what_the_writer_writes_the_reader_reads_back_as_the_same_households() throws IOException {
        List<HouseholdRecord> written = new ArrayList<>();
        RosterGenerator.generate(GeneratorOptions.of(2000, 17), written::add);
        HouseholdRecord first = written.get(0);
        written.set(0, new HouseholdRecord(first.householdId(), first.noKk(), first.pengurusNik(), first.pengurusName(),
                first.regionCode(), "Jl. \"Kenari\", No. 5\nRT 001", first.desil(), first.channel(),
                List.of(new ProgramEnrolment("PKH", 1_500_000L), new ProgramEnrolment("SEMBAKO", null)),
                first.members()));
        Path file = dir.resolve("round-trip.csv");
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            RosterWriter roster = new RosterWriter(writer);
            written.forEach(roster::write);
        }

        List<HouseholdRecord> read = new ArrayList<>();
        read(file).forEach(line -> read.add(line.record()));

        assertThat(read).isEqualTo(written);
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
        return problems.stream().filter(p -> p.line() == line).map(RowProblem::reason)
                .reduce("", (a, b) -> a + " | " + b);
    }
}

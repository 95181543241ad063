package id.bansos.bank.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.bansos.bank.statement.ClaimLine;
import id.bansos.bank.statement.ClaimReport;

import id.bansos.bank.statement.Problem;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimReportReaderTest {

    private static final String HEADER = "reference,account,amount,withdrawn_at\n";
    private static final String GOOD = "S6A1000000000001,000000000000001,600000,2026-11-25T10:15:00+07:00\n";
    private static final ClaimReportReader READER = new ClaimReportReader(ReadOptions.bansos());

    private static ClaimReport text(String csv) throws IOException {
        return READER.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void what_the_writer_writes_is_read_back_with_its_totals() throws IOException {
        // given two withdrawals written by the writer
        List<ClaimLine> lines = List.of(
                new ClaimLine(0, "S6A1000000000001", "000000000000001", 600_000,
                        OffsetDateTime.parse("2026-11-25T10:15:00+07:00")),
                new ClaimLine(0, "S6A1000000000003", "000000000000003", 900_000,
                        OffsetDateTime.parse("2026-12-01T16:59:59+08:00")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClaimReportWriter().write(out, lines.iterator());

        // when it is read, streaming
        List<ClaimLine> streamed = new ArrayList<>();
        ClaimReport report = READER.stream(new ByteArrayInputStream(out.toByteArray()), streamed::add);

        // then the lines and totals come back, numbered from line 2
        assertThat(report.problems()).isEmpty();
        assertThat(report.lines()).isEmpty();
        assertThat(report.totals()).isEqualTo(new ClaimReport.Totals(2, 2, 1_500_000));
        assertThat(streamed).extracting(ClaimLine::lineNumber, ClaimLine::reference, ClaimLine::amountRupiah)
                .containsExactly(tuple(2, "S6A1000000000001", 600_000L), tuple(3, "S6A1000000000003", 900_000L));
        assertThat(streamed.get(1).withdrawnAt()).isEqualTo(lines.get(1).withdrawnAt());
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is refused")
    @CsvSource(delimiter = '|', value = {
        "reference | S6A1 0001 | is not 1–35 letters",
        "account | 12345 | is not an account number of 6–34 digits",
        "amount | 600000.00 | is not a positive whole rupiah amount",
        "amount | 0 | is not a positive whole rupiah amount",
        "withdrawn_at | 2026-11-25 10:15 | is not an ISO 8601 time with offset",
    })
    void a_bad_field_refuses_its_line_naming_line_and_column(String column, String value, String message)
            throws IOException {
        // given a good line and a line with one bad field
        String bad = switch (column) {
            case "reference" -> value + ",000000000000002,600000,2026-11-25T10:15:00+07:00\n";
            case "account" -> "S6A1000000000002," + value + ",600000,2026-11-25T10:15:00+07:00\n";
            case "amount" -> "S6A1000000000002,000000000000002," + value + ",2026-11-25T10:15:00+07:00\n";
            default -> "S6A1000000000002,000000000000002,600000," + value + "\n";
        };

        // when read
        ClaimReport report = text(HEADER + GOOD + bad);

        // then the report is refused at line 3, in that column, and the bad line is left out
        assertThat(report.refused()).isTrue();
        assertThat(report.problems()).extracting(Problem::severity, Problem::location, Problem::field)
                .containsExactly(tuple(Severity.ERROR, "line 3", column));
        assertThat(report.problems().get(0).message()).contains(message);
        assertThat(report.totals()).isEqualTo(new ClaimReport.Totals(2, 1, 600_000));
    }

    @Test
    void a_payment_reported_twice_is_refused_naming_the_first_line() throws IOException {
        // when the same reference is read on lines 2 and 3
        ClaimReport report = text(HEADER + GOOD + GOOD);

        // then line 3 is refused
        assertThat(report.problems()).extracting(Problem::location, Problem::message)
                .containsExactly(tuple("line 3", "'S6A1000000000001' is already reported on line 2"));
    }

    @Test
    void a_header_with_a_missing_or_unknown_column_refuses_the_file_at_line_1() throws IOException {
        // when the header lacks withdrawn_at and names a column of its own
        ClaimReport report = text("reference,account,amount,channel\n" + GOOD);

        // then the file is refused at line 1 and no line is read
        assertThat(report.problems()).extracting(Problem::location, Problem::field)
                .containsExactlyInAnyOrder(tuple("line 1", "channel"), tuple("line 1", "withdrawn_at"));
        assertThat(report.totals().lines()).isZero();
    }

    @Test
    void a_line_with_too_few_fields_and_an_unclosed_quote_are_refused() throws IOException {
        // when one line has three fields and the next opens a quote it never closes
        ClaimReport report = text(HEADER + "S6A1000000000001,000000000000001,600000\n\"S6A1,1,2,3\n");

        // then both are errors at their lines
        assertThat(report.problems()).extracting(Problem::location).containsExactly("line 2", "line 3");
        assertThat(report.problems().get(0).message()).isEqualTo("3 fields, the header has 4");
        assertThat(report.problems().get(1).message()).contains("the file ends inside a quoted field");
    }
}

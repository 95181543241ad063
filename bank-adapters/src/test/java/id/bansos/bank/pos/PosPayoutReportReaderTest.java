package id.bansos.bank.pos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.bansos.bank.statement.PosPayoutLine;
import id.bansos.bank.statement.PosPayoutReport;
import id.bansos.bank.statement.Problem;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PosPayoutReportReaderTest {

    private static final String HEADER = String.join(",", PosPayoutReportReader.COLUMNS) + "\n";
    private static final String GOOD = "POS-1,PAID,900000,2026-11-23T09:15:00+07:00,40000,JB-0012,Y,PH-1,"
            + "\"-6.9147,107.6098\",\n";
    private static final PosPayoutReportReader READER = new PosPayoutReportReader(ReadOptions.bansos());

    private static PosPayoutReport text(String csv) throws IOException {
        return READER.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_report_is_read_with_its_totals_and_the_proof_missing_on_each_payout() throws IOException {
        // given the synthetic report: three paid (900,000 + 900,000 + 600,000) and one not collected
        PosPayoutReport report;
        try (InputStream in = getClass().getResourceAsStream("/pos/synthetic-payout-report.csv")) {
            report = READER.read(in);
        }

        // then
        assertThat(report.problems()).isEmpty();
        assertThat(report.totals()).isEqualTo(new PosPayoutReport.Totals(4, 3, 1, 2_400_000, 900_000));
        PosPayoutLine first = report.lines().get(0);
        assertThat(first.paidAt()).isEqualTo(OffsetDateTime.parse("2026-11-23T09:15:00+07:00"));
        assertThat(first.geotag().latitude()).isEqualByComparingTo("-6.9147");
        assertThat(first.missingProof()).isEmpty();
        PosPayoutLine notCollected = report.lines().get(2);
        assertThat(notCollected.status()).isEqualTo(PosPayoutLine.Status.NOT_COLLECTED);
        assertThat(notCollected.reason()).isEqualTo("KPM meninggal dunia, undangan dikembalikan");
        assertThat(notCollected.lineNumber()).isEqualTo(4);
        assertThat(report.lines().get(3).missingProof()).containsExactly("signature", "photo_id", "geotag");
    }

    @ParameterizedTest(name = "{0} = \"{1}\" on a {2} line is refused")
    @CsvSource(delimiter = '|', value = {
            "reference | POS 1 |PAID| is not 1–35 letters",
            "status | paid |PAID| is neither PAID nor NOT_COLLECTED",
            "amount | 900000.00 |PAID| is not whole rupiah",
            "amount | 900.000 |PAID| is not whole rupiah",
            "amount | -900000 |PAID| is not whole rupiah",
            "amount | 0 |PAID| zero",
            "paid_at | 2026-11-23 09:15 |PAID| is not an ISO 8601 time with offset",
            "paid_at | 2026-11-23T09:15:00 |PAID| is not an ISO 8601 time with offset",
            "post_office_code | 4000 |PAID| is not a 5-digit post office code",
            "payer_id | '' |PAID| is not 1–20 letters",
            "signature | yes |PAID| is neither Y nor N",
            "photo_id | PH 1 |PAID| is not 1–64 letters",
            "geotag | -6.9;107.6 |PAID| is not \"latitude,longitude\"",
            "geotag | '-96.0,107.6' |PAID| is off the globe",
            "reason | '' |NOT_COLLECTED| required when NOT_COLLECTED",
            "paid_at | 2026-11-23T09:15:00+07:00 |NOT_COLLECTED| given for a payment that was not collected",
            "signature | Y |NOT_COLLECTED| Y for a payment that was not collected"})
    void a_bad_field_is_refused_with_its_line_and_column(String column, String value, String status,
                                                          String message) throws IOException {
        // given a good line on line 2, and on line 3 a line with one bad field
        String[] fields = {"POS-2", status, "900000", status.equals("PAID") ? "2026-11-23T09:15:00+07:00" : "",
                status.equals("PAID") ? "40000" : "", status.equals("PAID") ? "JB-1" : "",
                status.equals("PAID") ? "Y" : "N", "", "", status.equals("PAID") ? "" : "PINDAH ALAMAT"};
        fields[PosPayoutReportReader.COLUMNS.indexOf(column)] = value.contains(",") ? "\"" + value + "\"" : value;

        // when it is read
        PosPayoutReport report = text(HEADER + GOOD + String.join(",", fields) + "\n");

        // then exactly that field is refused on line 3, and only the good line is kept
        assertThat(report.problems()).filteredOn(p -> p.severity() == Severity.ERROR).singleElement()
                .satisfies(p -> {
                    assertThat(p.location()).isEqualTo("line 3");
                    assertThat(p.field()).isEqualTo(column);
                    assertThat(p.message()).contains(message);
                });
        assertThat(report.lines()).extracting(PosPayoutLine::reference).containsExactly("POS-1");
        assertThat(report.totals().lines()).isEqualTo(2);
    }

    @Test
    void a_payment_reported_twice_is_refused_on_its_second_line() throws IOException {
        // given the same reference on lines 2 and 3
        PosPayoutReport report = text(HEADER + GOOD + GOOD);

        // when read, then line 3 is refused naming line 2
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 3");
            assertThat(p.message()).isEqualTo("'POS-1' is already reported on line 2");
        });
        assertThat(report.refused()).isTrue();
    }

    @Test
    void a_header_with_an_unknown_missing_or_repeated_column_refuses_the_file_at_line_1() throws IOException {
        // given a header that spells one column wrong and repeats another
        String header = HEADER.replace("photo_id", "foto").replace("reason", "status");

        // when read
        PosPayoutReport report = text(header + GOOD);

        // then every header fault is reported on line 1 and no line is read
        assertThat(report.problems()).extracting(Problem::location).containsOnly("line 1");
        assertThat(report.problems()).extracting(Problem::field).containsExactly("foto", "status", "photo_id",
                "reason");
        assertThat(report.totals().lines()).isZero();
    }

    @Test
    void columns_may_come_in_any_order_and_a_byte_order_mark_and_crlf_are_accepted() throws IOException {
        // given a header in reverse order, a UTF-8 BOM and CRLF line ends
        String reversed = "reason,geotag,photo_id,signature,payer_id,post_office_code,paid_at,amount,status,"
                + "reference\r\n,,,N,,,,300000,NOT_COLLECTED,POS-9\r\n";

        // when read, then the reason is the only fault: the line is otherwise understood
        PosPayoutReport report = text("\uFEFF" + reversed);
        assertThat(report.problems()).extracting(Problem::field).containsExactly("reason");
    }

    @Test
    void a_time_outside_indonesian_zones_and_a_place_outside_indonesia_are_warnings() throws IOException {
        // given a payout stamped in UTC at a position in Europe
        String line = "POS-3,PAID,900000,2026-11-23T02:15:00Z,40000,JB-1,Y,PH-3,\"52.37,4.89\",\n";

        // when read, then both are warnings and the line is kept
        PosPayoutReport report = text(HEADER + line);
        assertThat(report.problems()).extracting(Problem::severity, Problem::field).containsExactly(
                tuple(Severity.WARNING, "paid_at"),
                tuple(Severity.WARNING, "geotag"));
        assertThat(report.lines()).hasSize(1);
    }

    @Test
    void an_unclosed_quote_stops_the_read_at_its_line() throws IOException {
        // given an unclosed quote on line 3
        PosPayoutReport report = text(HEADER + GOOD + "POS-2,PAID,\"900000\n");

        // when read, then line 3 is named and the good line before it is kept
        assertThat(report.problems()).extracting(Problem::location, Problem::message).containsExactly(
                tuple("line 3", "the file ends inside a quoted field; the rest of the file is not read"));
        assertThat(report.lines()).hasSize(1);
    }

    @Test
    void bytes_that_are_not_utf8_are_refused_at_their_line_and_column() throws IOException {
        // given a Latin-1 "É" in the reason on line 3
        byte[] latin1 = (HEADER + GOOD + "POS-2,NOT_COLLECTED,900000,,,,N,,,DIPINDAHKAN K\u00c9 BANK\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        // when read
        PosPayoutReport report = READER.read(new ByteArrayInputStream(latin1));

        // then the field is named
        assertThat(report.problems()).extracting(Problem::location, Problem::field, Problem::message)
                .containsExactly(tuple("line 3", "reason", "holds bytes that are not UTF-8"));
    }

    @Test
    void a_line_with_the_wrong_number_of_fields_is_refused() throws IOException {
        // given a line with 3 fields
        PosPayoutReport report = text(HEADER + "POS-1,PAID,900000\n");

        // when read, then the line is named with both counts
        assertThat(report.problems()).extracting(Problem::location, Problem::message).containsExactly(
                tuple("line 2", "3 fields, the header has 10"));
    }
}

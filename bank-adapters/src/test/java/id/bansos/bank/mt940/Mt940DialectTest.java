package id.bansos.bank.mt940;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.bansos.bank.statement.Problem;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.ReferenceSource;
import id.bansos.bank.statement.Severity;
import id.bansos.bank.statement.Statement;
import id.bansos.bank.statement.StatementLine;
import id.bansos.bank.statement.StatementReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Mt940DialectTest {

    private static StatementReport fixture(String name) throws IOException {
        try (InputStream in = Mt940DialectTest.class.getResourceAsStream("/mt940/" + name)) {
            return new Mt940Reader(ReadOptions.bansos()).read(in);
        }
    }

    private static StatementReport text(String mt940) throws IOException {
        return new Mt940Reader(ReadOptions.bansos()).read(new ByteArrayInputStream(
                mt940.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Problem> errors(StatementReport report) {
        return report.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    @Test
    void the_dialect_is_told_from_the_start_of_the_file() {
        // given the starts of four layouts
        // when detected, then each is named
        assertThat(Mt940Dialect.detect("{1:BRI}{2:940SI}{4:\n:20:20261123020000")).isEqualTo(Mt940Dialect.BRI);
        assertThat(Mt940Dialect.detect("{1:F01BMRIIDJAXXXX0000000000}{2:O940…}{4:")).isEqualTo(Mt940Dialect.MANDIRI);
        assertThat(Mt940Dialect.detect("{1:F01ASNBNL21XXXX0000000000}{2:O940ASNBNL21XXXXN}{3:}{4:"))
                .isEqualTo(Mt940Dialect.STANDARD);
        assertThat(Mt940Dialect.detect(":20:STARTUMSE\n:25:87052000/123456789")).isEqualTo(Mt940Dialect.HEADERLESS);
    }

    @Test
    void a_bri_statement_reads_whole_rupiah_and_takes_the_reference_from_the_remark() throws IOException {
        // given two days of BRI statements in BRI's own layout
        // when read in strict bansos mode
        StatementReport report = fixture("synthetic-bri.txt");

        // then both reconcile, with no problem at all
        assertThat(report.format()).isEqualTo("MT940 (BRI)");
        assertThat(report.messageId()).isEqualTo("20261123020000");
        assertThat(report.problems()).isEmpty();
        assertThat(report.statements()).extracting(Statement::sequenceNumber).containsExactly(321L, 322L);
        assertThat(report.statements()).allSatisfy(s -> assertThat(s.balanceCheck().reconciles()).isTrue());
        // and the references come from the remark: the referral number of the H+1 form, else the whole remark
        assertThat(report.lines()).extracting(StatementLine::reference).containsExactly("BANSOS PKH E2E-000001",
                "E2E-000002", "E2E-000003", "E2E-000004");
        assertThat(report.lines()).extracting(StatementLine::referenceSource).containsOnly(ReferenceSource.REMARK);
        StatementLine first = report.lines().get(0);
        assertThat(first.amount().amount()).isEqualByComparingTo("600000");
        assertThat(first.amount().currency()).isEqualTo("IDR");
        assertThat(first.bookingDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(first.transactionCode()).isEqualTo("NTRF");
        assertThat(first.account()).isEqualTo("123456789012345");
    }

    @Test
    void an_unbalanced_bri_statement_is_refused_at_its_closing_balance() throws IOException {
        // given a BRI statement whose closing balance ignores the debit
        String unbalanced = """
                {1:BRI}{2:940SI}{4:
                :20:20261123020000
                :25:123456789012345
                :28C:321
                :60F:C261123IDR1100000
                :61:261123D1000000NTRF
                :86:WS_OB;E2E-000009;PKH
                :62F:C261123IDR1100000
                -}
                """;

        // when it is read
        StatementReport report = text(unbalanced);

        // then the closing balance's line and tag are named with the arithmetic
        assertThat(errors(report)).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("message 1, line 8");
            assertThat(p.field()).isEqualTo("62F");
            assertThat(p.message()).contains("1100000 + credits 0 − debits 1000000 = 100000");
        });
    }

    @Test
    void a_bri_remark_longer_than_forty_characters_is_a_warning() throws IOException {
        // given a remark of 45 characters
        String longRemark = """
                {1:BRI}{2:940SI}{4:
                :20:20261123020000
                :25:123456789012345
                :28C:1
                :60F:C261123IDR1000
                :61:261123D1000NTRF
                :86:%s
                :62F:C261123IDR0
                -}
                """.formatted("X".repeat(45));

        // when it is read, then it is accepted with a warning
        StatementReport report = text(longRemark);
        assertThat(report.refused()).isFalse();
        assertThat(report.problems()).extracting(Problem::message)
                .containsExactly("remark of 45 characters: BRI writes at most 40");
    }

    @Test
    void a_mandiri_statement_takes_the_reference_from_the_first_remark_line() throws IOException {
        // given two days of Mandiri statements with :61: references marked NONREF
        // when read
        StatementReport report = fixture("synthetic-mandiri.txt");

        // then
        assertThat(report.format()).isEqualTo("MT940 (Mandiri)");
        assertThat(report.problems()).isEmpty();
        assertThat(report.lines()).extracting(StatementLine::reference)
                .containsExactly("E2E-000101", "E2E-000102", "E2E-000102");
        assertThat(report.lines().get(0).narrative()).isEqualTo("E2E-000101 BANSOS PKH TAHAP 4 PENERIMA 0101");
        assertThat(report.statements()).extracting(s -> s.balanceCheck().reconciles()).containsExactly(true, true);
        assertThat(report.statements().get(1).totals().credits()).isEqualByComparingTo("300000");
    }

    @Test
    void a_headerless_idr_statement_takes_the_reference_from_the_statement_line() throws IOException {
        // given block 4 only, in SWIFT syntax
        // when read
        StatementReport report = fixture("synthetic-headerless-idr.txt");

        // then
        assertThat(report.format()).isEqualTo("MT940 (headerless)");
        assertThat(report.problems()).isEmpty();
        assertThat(report.lines()).extracting(StatementLine::reference, StatementLine::bankReference)
                .containsExactly(tuple("E2E-000201", "BNI0001"),
                        tuple("E2E-000202", "BNI0002"));
        assertThat(report.statements().get(0).sequenceNumber()).isEqualTo(7L);
        assertThat(report.statements().get(0).page()).isEqualTo(1);
    }

    @Test
    void an_amount_without_decimal_comma_is_refused_outside_the_bri_layout() throws IOException {
        // given a headerless statement with BRI-style amounts
        String ambiguous = ":20:X\n:25:0012345678\n:28C:1\n:60F:C261123IDR1000000\n:61:261123D300000NTRFE2E-1\n"
                + ":62F:C261123IDR700000\n-\n";

        // when it is read, then each amount is refused with its line and tag
        StatementReport report = text(ambiguous);
        assertThat(errors(report)).extracting(Problem::location, Problem::field).contains(
                tuple("message 1, line 4", ":60F:"),
                tuple("message 1, line 5", ":61:"));
        assertThat(errors(report).get(0).message()).contains("has no decimal comma");
    }

    @Test
    void a_fractional_rupiah_amount_is_refused() throws IOException {
        // given an entry of Rp300,000.50
        String sen = ":20:X\n:25:0012345678\n:28C:1\n:60F:C261123IDR1000000,\n:61:261123D300000,50NTRFE2E-1\n"
                + ":62F:C261123IDR699999,50\n-\n";

        // when it is read, then the entry's line is named
        StatementReport report = text(sen);
        assertThat(errors(report)).extracting(Problem::location, Problem::message).contains(
                tuple("message 1, line 5",
                        "IDR amount 300000.50 has a fractional part: rupiah amounts are whole"));
    }

    @Test
    void a_message_cut_before_its_closing_balance_is_refused() throws IOException {
        // given a message that stops after its first entry
        String cut = ":20:X\n:25:0012345678\n:28C:1\n:60F:C261123IDR1000000,\n:61:261123D300000,NTRFE2E-1\n";

        // when it is read
        StatementReport report = text(cut);

        // then the missing closing balance refuses it, and the missing '-' is a warning
        assertThat(errors(report)).extracting(Problem::field).containsExactly(":62F:");
        assertThat(report.problems()).extracting(Problem::message)
                .contains("message 1 is not closed by a '-' line: the file may be cut short");
    }
}

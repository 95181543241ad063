package id.bansos.bank.mt940;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.bansos.bank.Samples;
import id.bansos.bank.statement.CreditDebit;
import id.bansos.bank.statement.Problem;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.Severity;
import id.bansos.bank.statement.Statement;
import id.bansos.bank.statement.StatementLine;
import id.bansos.bank.statement.StatementReport;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Figures checked by reading the sample files by hand. */
class Mt940ReaderSampleTest {

    private static StatementReport read(String sample) throws IOException {
        return new Mt940Reader(ReadOptions.lenient()).read(Samples.file("mt940/" + sample));
    }

    @Test
    void all_26_betterplace_statements_with_their_97_lines_reconcile() throws IOException {
        // given betterplace's SEPA file: 26 statements, 60M/62M pages, RC reversals
        // when it is read
        StatementReport report = read("wolph-mt940/betterplace_sepa_mt9401.sta");

        // then
        assertThat(report.statements()).hasSize(26)
                .allSatisfy(s -> assertThat(s.balanceCheck().reconciles()).isTrue());
        assertThat(report.lines()).hasSize(97);
        StatementLine reversal = report.statements().get(0).lines().get(5);
        assertThat(reversal.reversal()).isTrue();
        assertThat(reversal.side()).isEqualTo(CreditDebit.DEBIT);
        assertThat(reversal.amount().amount()).isEqualByComparingTo("204.88");
        assertThat(report.lines().get(0).reference()).isEqualTo("TFNR 40005 00005");
        assertThat(report.refused()).isFalse();
    }

    @Test
    void the_asn_file_with_swift_headers_gives_31_statements_and_8_lines() throws IOException {
        // given ASN's 31 messages in {1:}{2:}{4: … -}{5:} blocks
        // when it is read
        StatementReport report = read("wolph-mt940/ASNB_mt940.txt");

        // then
        assertThat(report.format()).isEqualTo("MT940");
        assertThat(report.statements()).hasSize(31)
                .allSatisfy(s -> assertThat(s.balanceCheck().reconciles()).isTrue());
        assertThat(report.lines()).hasSize(8);
        assertThat(report.statements()).extracting(Statement::sequenceNumber).startsWith(1L, 2L, 3L).endsWith(31L);
    }

    @Test
    void citi_lines_with_a_blank_entry_date_are_read() throws IOException {
        // given Citi's :61:240312    DD212,39… lines, two of them without :86:
        // when it is read
        Statement statement = read("wolph-mt940/citi_mt940.txt").statements().get(0);

        // then 17,376.67 − 212.39 − 369.28 − 561.08 = 16,233.92
        assertThat(statement.lines()).extracting(l -> l.amount().amount().toPlainString())
                .containsExactly("212.39", "369.28", "0.00", "0.00", "561.08");
        assertThat(statement.lines().get(2).narrative()).isNull();
        assertThat(statement.totals().debits()).isEqualByComparingTo("1142.75");
        assertThat(statement.balanceCheck().reconciles()).isTrue();
    }

    @Test
    void the_cmxl_file_with_a_plain_28_tag_gives_three_statements() throws IOException {
        // given cmxl's three statements, the first numbered with :28:27/01 and amounts such as 6800,
        // when it is read
        StatementReport report = read("wolph-mt940/cmxl_mt940.sta");

        // then
        assertThat(report.statements()).extracting(s -> s.totals().entries()).containsExactly(11L, 2L, 3L);
        assertThat(report.statements().get(0).sequenceNumber()).isEqualTo(27L);
        assertThat(report.statements().get(0).lines().get(0).amount().amount()).isEqualByComparingTo("6800");
        assertThat(report.statements()).allSatisfy(s -> assertThat(s.balanceCheck().reconciles()).isTrue());
    }

    @Test
    void an_mt942_interim_report_is_checked_against_its_90c_and_90d_sums() throws IOException {
        // given mBank's MT942: three credits of 0,01 and :90C:3PLN0,03, :90D:0PLN0,00
        // when it is read
        StatementReport report = read("wolph-mt940/mBank_mt942.sta");

        // then
        assertThat(report.format()).isEqualTo("MT942 (headerless)");
        Statement interim = report.statements().get(0);
        assertThat(interim.kind()).isEqualTo(Statement.Kind.INTERIM_REPORT);
        assertThat(interim.totals().credits()).isEqualByComparingTo("0.03");
        assertThat(report.problems()).extracting(Problem::severity).doesNotContain(Severity.ERROR);
    }

    @Test
    void sparkasse_statements_separated_by_dashes_include_one_opening_with_60m() throws IOException {
        // given three statements, the last opening with :60M:
        // when it is read
        StatementReport report = read("jejik-mt940/sparkasse_interim_balance.txt");

        // then
        assertThat(report.statements()).hasSize(3)
                .allSatisfy(s -> assertThat(s.balanceCheck().reconciles()).isTrue());
        assertThat(report.statements().get(2).balanceCheck().opening().code()).isEqualTo("60M");
    }

    @Test
    void the_abn_amro_export_skips_its_preamble_lines_and_is_flagged_for_its_balances() throws IOException {
        // given ABN AMRO's export: 3 non-tag lines before each statement, 3,236.28 − 321.44 ≠ 876.84
        // when it is read
        StatementReport report = read("jejik-mt940/abnamro.txt");

        // then
        assertThat(report.lines()).hasSize(10);
        assertThat(report.problems()).extracting(Problem::message)
                .contains("6 line(s) outside any message ignored");
        assertThat(report.problems()).filteredOn(p -> p.message().startsWith("the statement does not add up"))
                .extracting(Problem::field, Problem::severity)
                .containsExactly(tuple("62F", Severity.WARNING), tuple("62M", Severity.WARNING));
        assertThat(new Mt940Reader(ReadOptions.bansos()).read(Samples.file("mt940/jejik-mt940/abnamro.txt")).refused())
                .as("a bansos account's statement that does not add up is refused").isTrue();
    }

    @Test
    void a_deutsche_bank_return_item_carries_its_end_to_end_id() throws IOException {
        // given Deutsche Bank's NRTI return with /OCMT//CHGS/ and EREF+ in its :86:
        // when it is read
        StatementReport report = read("jejik-mt940/deutschebank.txt");

        // then the line is a return, and the file's 0,00 − 12,35 ≠ 0,00 is flagged
        StatementLine line = report.lines().get(0);
        assertThat(line.transactionCode()).isEqualTo("NRTI");
        assertThat(line.returned()).isTrue();
        assertThat(line.returnReason().additionalInfo()).isEqualTo("/OCMT/EUR11,85//CHGS/EUR0,50/");
        assertThat(line.reference()).isEqualTo("A1.200080779.400143254");
        assertThat(report.problems()).extracting(Problem::field, Problem::severity)
                .contains(tuple("62F", Severity.WARNING));
    }
}

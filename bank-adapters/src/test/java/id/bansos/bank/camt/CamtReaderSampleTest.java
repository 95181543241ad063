package id.bansos.bank.camt;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.bank.Samples;
import id.bansos.bank.statement.BalanceCheck;
import id.bansos.bank.statement.CreditDebit;
import id.bansos.bank.statement.Problem;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.ReferenceSource;
import id.bansos.bank.statement.Severity;
import id.bansos.bank.statement.Statement;
import id.bansos.bank.statement.StatementLine;
import id.bansos.bank.statement.StatementReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Figures checked by reading the sample files by hand. */
class CamtReaderSampleTest {

    private static StatementReport read(String sample) throws IOException {
        return new CamtReader(ReadOptions.lenient()).read(Samples.file("iso20022/" + sample));
    }

    @Test
    void the_postfinance_statement_gives_one_line_per_transaction_of_its_batches_and_reconciles() throws IOException {
        // given camt_parser's camt.053.001.04: 13 entries, 7 of them batches, 32 TxDtls in all
        // when it is read
        StatementReport report = read("camt_parser/053-valid_example_v4.xml");

        // then
        assertThat(report.format()).isEqualTo("camt.053.001.04");
        assertThat(report.messageId()).isEqualTo("20160430375204000008573");
        Statement statement = report.statements().get(0);
        assertThat(statement.account()).isEqualTo("CH0309000000250090342");
        assertThat(statement.sequenceNumber()).isEqualTo(85L);
        assertThat(statement.totals().entries()).isEqualTo(13);
        assertThat(statement.totals().lines()).isEqualTo(32);
        assertThat(statement.totals().credits()).isEqualByComparingTo("1810.56");
        assertThat(statement.totals().debits()).isEqualByComparingTo("1272.95");
        assertThat(statement.balanceCheck().status()).isEqualTo(BalanceCheck.Status.RECONCILED);
        assertThat(statement.balanceCheck().opening().signedAmount()).isEqualByComparingTo("322152.16");
        assertThat(statement.balanceCheck().closing().signedAmount()).isEqualByComparingTo("322689.77");
        assertThat(statement.lines().stream().filter(l -> l.entryNumber() == 7)).hasSize(10)
                .allSatisfy(l -> assertThat(l.entryReference()).isEqualTo("010000004"));
        assertThat(statement.lines().stream().filter(StatementLine::returned).map(l -> l.returnReason().code()))
                .containsExactly("NARR", "NARR", "NARR", "MD06", "MD06");
        assertThat(statement.lines().stream().filter(StatementLine::reversal)).extracting(StatementLine::reference)
                .containsExactly("EndToEnd-2B6C-CHDDBB5", "E2E-1-1-16030913");
        assertThat(report.problems()).extracting(Problem::severity).containsOnly(Severity.WARNING);
    }

    @Test
    void the_finnish_statement_matches_its_transaction_summary_and_balances() throws IOException {
        // given the FFFS camt.053.001.02: 10 entries, 6 credits of 23,075.00 and 4 debits of 9,430.17
        // when it is read
        Statement statement = read("moov-iso20022/FI_camt_053_sample.xml").statements().get(0);

        // then
        assertThat(statement.totals().entries()).isEqualTo(10);
        assertThat(statement.totals().lines()).isEqualTo(13);
        assertThat(statement.totals().credits()).isEqualByComparingTo("23075.00");
        assertThat(statement.totals().debits()).isEqualByComparingTo("9430.17");
        assertThat(statement.balanceCheck().reconciles()).isTrue();
        StatementLine salaryBatch = statement.lines().get(0);
        assertThat(salaryBatch.reference()).isEqualTo("CustRefForSalaBatch");
        assertThat(salaryBatch.referenceSource()).isEqualTo(ReferenceSource.PAYMENT_INFORMATION_ID);
        assertThat(salaryBatch.batch().numberOfTransactions()).isEqualTo(4);
        assertThat(salaryBatch.amount().amount()).isEqualByComparingTo("1000.12");
    }

    @Test
    void a_batched_notification_gives_one_line_per_transaction_with_the_batch_details() throws IOException {
        // given genkgo's camt.054.001.08: one entry with a Btch and 3 TxDtls
        // when it is read
        StatementReport report = read("genkgo-camt/camt054.v8.xml");

        // then
        Statement notification = report.statements().get(0);
        assertThat(notification.kind()).isEqualTo(Statement.Kind.NOTIFICATION);
        assertThat(notification.totals().entries()).isEqualTo(1);
        assertThat(notification.lines()).extracting(StatementLine::reference).containsExactly(
                "UXC06170000006PI00001EE00001", "UXC06170000006PI00001EE00002", "UXC06170000006PI00001EE00002");
        assertThat(notification.lines()).allSatisfy(l -> {
            assertThat(l.batch().paymentInformationId()).isEqualTo("UXC06170000006PI00001");
            assertThat(l.entryReference()).isEqualTo("ACSR160617103200001");
        });
        assertThat(notification.balanceCheck().status()).isEqualTo(BalanceCheck.Status.NOT_STATED);
    }

    @Test
    void two_statements_in_one_message_are_both_read_and_reconciled() throws IOException {
        // given genkgo's camt.053.001.02 with two Stmt blocks: 18.15 + 8.85 = 27.00, then 27.00 − 7.00 = 20.00
        // when it is read
        StatementReport report = read("genkgo-camt/camt053.v2.multi.statement.xml");

        // then
        assertThat(report.statements()).hasSize(2).allSatisfy(s -> assertThat(s.balanceCheck().reconciles()).isTrue());
        assertThat(report.lines()).extracting(StatementLine::reference).containsExactly("000000001", "000000002");
        assertThat(report.lines()).extracting(StatementLine::side).containsExactly(CreditDebit.CREDIT,
                CreditDebit.DEBIT);
    }

    @Test
    void a_statement_inside_a_swift_envelope_with_an_app_header_is_read() throws IOException {
        // given the CBPR+ camt.053.001.08 in an Envelope with a prefixed camt:Document: −10 − 2,450 − 10 = −2,470
        // when it is read
        StatementReport report = read("ballerina-iso20022-to-swiftmt/cbpr_c.105.1.1_camt.053-BtoA.xml");

        // then
        assertThat(report.format()).isEqualTo("camt.053.001.08");
        Statement statement = report.statements().get(0);
        assertThat(statement.account()).isEqualTo("48751258");
        assertThat(statement.sequenceNumber()).isEqualTo(1001L);
        assertThat(statement.totals().debits()).isEqualByComparingTo("2460");
        assertThat(statement.balanceCheck().expectedClosing()).isEqualByComparingTo("-2470");
        assertThat(statement.balanceCheck().reconciles()).isTrue();
    }

    @Test
    void a_statement_inside_a_message_root_without_entries_is_read() throws IOException {
        // given Prowide's camt.053.001.07 in a <message> root with an AppHdr and only OPAV/ITBD balances
        // when it is read
        StatementReport report = read("prowide-iso20022/camt.053.001.07.xml");

        // then
        assertThat(report.messageId()).isEqualTo("SDFSDF");
        assertThat(report.statements().get(0).totals().entries()).isZero();
        assertThat(report.statements().get(0).balanceCheck().status()).isEqualTo(BalanceCheck.Status.NOT_STATED);
        assertThat(report.refused()).isFalse();
    }

    @Test
    void returns_and_reversals_of_a_notification_carry_their_reason_codes() throws IOException {
        // given the FFFS camt.054.001.02: an information-only reversal whose TxDtls carry AC01 and CUST
        // when it is read
        StatementReport report = read("moov-iso20022/FI_camt_054_sample.xml");

        // then
        Statement notification = report.statements().get(0);
        assertThat(notification.totals().entries()).isEqualTo(6);
        assertThat(notification.totals().unbookedEntries()).isEqualTo(1);
        assertThat(notification.lines().stream().filter(StatementLine::returned)).allSatisfy(l -> {
            assertThat(l.status()).isEqualTo("INFO");
            assertThat(l.reversal()).isTrue();
        }).extracting(l -> l.returnReason().code()).containsExactly("AC01", "CUST");
        // and its transaction summary states a net of 169.95, while credits 5,600.00 − debits 5,230.05 = 369.95
        assertThat(report.problems()).filteredOn(p -> p.severity() == Severity.WARNING)
                .extracting(Problem::message).contains("states a net of 169.95, the entries net 369.95");
        assertThat(report.refused()).isFalse();
    }

    @Test
    void a_returned_payment_is_matched_by_its_end_to_end_id_with_reason_ac01() throws IOException {
        // given the PostFinance camt.054.001.04 return
        // when it is read
        StatementLine line = read("moov-iso20022/camt054-returns_p_ch5109000000250092291_1110097606_0_"
                + "2020112500512470.xml").lines().get(0);

        // then
        assertThat(line.reference()).isEqualTo("EndToEndId-001-03-04");
        assertThat(line.referenceSource()).isEqualTo(ReferenceSource.END_TO_END_ID);
        assertThat(line.amount().amount()).isEqualByComparingTo(new BigDecimal("500.00"));
        assertThat(line.returnReason().code()).isEqualTo("AC01");
        assertThat(line.returnReason().description()).isEqualTo("account number invalid or missing");
        assertThat(line.reversal()).isTrue();
        assertThat(line.bookingDate()).isEqualTo(LocalDate.of(2020, 11, 24));
    }

    @Test
    void the_shortened_ing_extract_is_flagged_because_its_entries_do_not_reach_the_stated_figures() throws IOException {
        // given viafintech's camt.053.001.02 "with batch": its summary states 35 entries, the file holds 3
        // when it is read
        StatementReport report = read("camt_parser/053-valid_example_with_batch.xml");

        // then it is flagged (read leniently; a bansos account's file would be refused):
        // 7,329.80 + 7,688.00 − 4,753.74 = 10,264.06, not the stated 23,038.20
        assertThat(report.refused()).isFalse();
        assertThat(report.statements().get(0).balanceCheck().expectedClosing()).isEqualByComparingTo("10264.06");
        assertThat(report.problems()).filteredOn(p -> p.severity() == Severity.WARNING).extracting(Problem::field)
                .contains("CLBD",
                "TxsSummry/TtlNtries/NbOfNtries");
    }
}

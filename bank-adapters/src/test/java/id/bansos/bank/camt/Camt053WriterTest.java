package id.bansos.bank.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.bansos.bank.statement.CreditDebit;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.ReferenceSource;
import id.bansos.bank.statement.Statement;
import id.bansos.bank.statement.StatementLine;
import id.bansos.bank.statement.StatementReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

class Camt053WriterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-11-23T18:00:00+07:00");
    private static final Path XSD = Path.of("../../shared/xsd/camt.053.001.08.xsd");

    private static Camt053Writer.Statement holdingAccount(BigDecimal closing, List<Camt053Writer.Entry> entries) {
        return new Camt053Writer.Statement("STMT-20261123", 321, "123456789012345", "IDR", "BRINIDJA",
                new BigDecimal("1000000000"), DAY, closing, DAY, entries.iterator());
    }

    private static List<Camt053Writer.Entry> payouts() {
        Camt053Writer.Entry batch = new Camt053Writer.Entry("NTRY-2", new BigDecimal("900000"), CreditDebit.DEBIT,
                false, DAY, DAY, "BRI-REF-2", null, "PMTINF-PKH-2026-4", List.of(
                        new Camt053Writer.Transaction("E2E-0002", new BigDecimal("600000"), CreditDebit.DEBIT, null,
                                "BANSOS PKH TAHAP 4"),
                        new Camt053Writer.Transaction("E2E-0003", new BigDecimal("300000"), CreditDebit.DEBIT, null,
                                null)));
        return List.of(
                Camt053Writer.Entry.of("E2E-0001", new BigDecimal("300000"), CreditDebit.DEBIT, DAY, "BRI-REF-1",
                        null),
                batch,
                Camt053Writer.Entry.of("E2E-0001", new BigDecimal("300000"), CreditDebit.CREDIT, DAY, "BRI-REF-3",
                        "MD07"));
    }

    private static byte[] write(List<Camt053Writer.Statement> statements) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Camt053Writer().write(out, "BRI-SIM-0001", CREATED, statements);
        return out.toByteArray();
    }

    @Test
    void what_the_writer_writes_the_reader_reads_back_line_for_line() throws Exception {
        // given a payout, a batch of two and a return for a deceased KPM: 1,000,000,000 − 1,200,000 + 300,000
        byte[] xml = write(List.of(holdingAccount(new BigDecimal("999100000"), payouts())));

        // when it is read strictly
        StatementReport report = new CamtReader(ReadOptions.bansos()).read(new ByteArrayInputStream(xml));

        // then everything comes back, balanced and in IDR
        assertThat(report.problems()).isEmpty();
        assertThat(report.format()).isEqualTo("camt.053.001.08");
        assertThat(report.messageId()).isEqualTo("BRI-SIM-0001");
        Statement statement = report.statements().get(0);
        assertThat(statement.sequenceNumber()).isEqualTo(321L);
        assertThat(statement.totals().entries()).isEqualTo(3);
        assertThat(statement.balanceCheck().reconciles()).isTrue();
        assertThat(statement.lines()).extracting(StatementLine::reference)
                .containsExactly("E2E-0001", "E2E-0002", "E2E-0003", "E2E-0001");
        assertThat(statement.lines()).extracting(StatementLine::referenceSource)
                .containsOnly(ReferenceSource.END_TO_END_ID);
        assertThat(statement.lines().get(1).batch().paymentInformationId()).isEqualTo("PMTINF-PKH-2026-4");
        assertThat(statement.lines().get(1).narrative()).isEqualTo("BANSOS PKH TAHAP 4");
        StatementLine returned = statement.lines().get(3);
        assertThat(returned.returnReason().code()).isEqualTo("MD07");
        assertThat(returned.returnReason().description()).isEqualTo("end customer deceased");
        assertThat(returned.transactionCode()).isEqualTo("PMNT/ICDT/RRTN");
    }

    @Test
    void the_written_statement_is_valid_against_the_iso_schema() throws Exception {
        // given the ISO camt.053.001.08 schema from the shared folder
        assumeTrue(Files.isRegularFile(XSD), "schema not found at " + XSD.toAbsolutePath());
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");

        // when a statement with a plain entry, a batch and a return is written
        byte[] xml = write(List.of(holdingAccount(new BigDecimal("999100000"), payouts())));

        // then the schema accepts it (validate throws otherwise)
        factory.newSchema(XSD.toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
        assertThat(new String(xml, StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document xmlns=\"" + Camt053Writer.NAMESPACE);
    }

    @Test
    void a_closing_balance_that_the_entries_do_not_reach_is_refused_by_the_writer() {
        // given a stated closing balance off by Rp1
        Camt053Writer.Statement wrong = holdingAccount(new BigDecimal("999099999"), payouts());

        // when it is written, then the writer says so
        assertThatThrownBy(() -> write(List.of(wrong))).isInstanceOf(IllegalStateException.class)
                .hasMessage("statement STMT-20261123: the entries add up to 999100000, not to the closing balance"
                        + " 999099999");
    }

    @Test
    void a_batch_whose_transactions_miss_its_amount_is_refused_by_the_writer() {
        // given a batch entry of 900,000 holding 600,000 of transactions
        Camt053Writer.Entry batch = new Camt053Writer.Entry(null, new BigDecimal("900000"), CreditDebit.DEBIT,
                false, DAY, null, null, null, "PMTINF-1", List.of(new Camt053Writer.Transaction("E2E-1",
                new BigDecimal("600000"), CreditDebit.DEBIT, null, null)));

        // when it is written, then the writer says so
        assertThatThrownBy(() -> write(List.of(holdingAccount(new BigDecimal("999100000"), List.of(batch)))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PMTINF-1");
    }
}

package id.bansos.bank.pain001;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.bank.payment.PaymentInstruction;
import id.bansos.bank.xml.XmlReadException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pain001ReaderTest {

    private static final List<PaymentInstruction> LINES = List.of(Pain001Fixtures.line(1), Pain001Fixtures.line(2),
            Pain001Fixtures.line(3));

    private static String written() {
        byte[] xml = Pain001Fixtures.write(Pain001Fixtures.header(3, Pain001Fixtures.sum(3)), LINES);
        return new String(xml, StandardCharsets.UTF_8);
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Pain001Reader.CreditTransfer> readAll(String xml) {
        List<Pain001Reader.CreditTransfer> all = new ArrayList<>();
        try (Pain001Reader reader = Pain001Reader.open(stream(xml))) {
            while (reader.nextPaymentInformation() != null) {
                for (Pain001Reader.CreditTransfer tx = reader.nextTransaction(); tx != null;
                     tx = reader.nextTransaction()) {
                    all.add(tx);
                }
            }
        }
        return all;
    }

    @Test
    void what_the_writer_writes_is_read_back_header_block_and_every_transaction() {
        // given a file of three lines written by Pain001Writer
        String xml = written();

        // when it is read
        try (Pain001Reader reader = Pain001Reader.open(stream(xml))) {
            Pain001Reader.GroupHeader header = reader.groupHeader();
            Pain001Reader.PaymentInformation block = reader.nextPaymentInformation();
            List<Pain001Reader.CreditTransfer> txs = new ArrayList<>();
            for (Pain001Reader.CreditTransfer tx = reader.nextTransaction(); tx != null;
                 tx = reader.nextTransaction()) {
                txs.add(tx);
            }

            // then the header, the block and the transactions are as written
            assertThat(header.messageId()).isEqualTo("MSG-SEMBAKO-2026-10-BRI-1");
            assertThat(header.numberOfTransactions()).isEqualTo(3);
            assertThat(header.controlSum()).isEqualTo(2_100_000L);
            assertThat(block.id()).isEqualTo("SEMBAKO-2026-10-BRI-1-1");
            assertThat(block.requestedExecutionDate()).isEqualTo(LocalDate.of(2026, 11, 24));
            assertThat(block.debtorAccount()).isEqualTo(Pain001Fixtures.BRI.debtor("SEMBAKO").accountNumber());
            assertThat(block.debtorBic()).isEqualTo("BRINIDJA");
            assertThat(txs).extracting(Pain001Reader.CreditTransfer::endToEndId)
                    .containsExactly("S6A1000000000001", "S6A1000000000002", "S6A1000000000003");
            assertThat(txs).extracting(Pain001Reader.CreditTransfer::amount).containsExactly(600_000L, 600_000L,
                    900_000L);
            assertThat(txs.get(2).creditorAccount()).isEqualTo("000000000000003");
            assertThat(txs.get(2).creditorName()).isEqualTo("SITI AMINAH 3");
            assertThat(txs.get(2).instructionId()).isEqualTo("3");
            assertThat(txs.get(2).position()).isEqualTo(3);
            assertThat(reader.nextPaymentInformation()).isNull();
        }
    }

    @Test
    void an_amount_written_with_two_zero_decimals_is_whole_rupiah() {
        // given an amount as 600000.00 and the control sum to match
        String xml = written().replaceFirst("Ccy=\"IDR\">600000<", "Ccy=\"IDR\">600000.00<");

        // when read, then it is 600,000 rupiah
        assertThat(readAll(xml).get(0).amount()).isEqualTo(600_000L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a DTD with an external entity | <!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]> | DTD",
        "a billion-laughs DTD | <!DOCTYPE d [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;\">]> | DTD",
    })
    void a_file_with_a_document_type_declaration_is_refused(String what, String doctype, String expected) {
        // given a pain.001 with a DTD before its Document
        String xml = written().replaceFirst("\n<Document", "\n" + doctype + "\n<Document");

        // when read, then it is refused naming the DTD
        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(XmlReadException.class).hasMessageContaining(expected);
    }

    @Test
    void a_truncated_file_is_refused_as_truncated() {
        // given a file cut in its second transaction
        String full = written();
        String xml = full.substring(0, full.indexOf("S6A1000000000002") + 5);

        // when read, then it is refused as truncated
        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(XmlReadException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void a_file_in_another_namespace_is_refused_naming_the_namespace_found() {
        // given a pain.001.001.03 namespace
        String xml = written().replace("pain.001.001.09", "pain.001.001.03");

        // when read, then it is refused naming both namespaces
        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(XmlReadException.class)
                .hasMessageContaining("xmlns: expected urn:iso:std:iso:20022:tech:xsd:pain.001.001.09")
                .hasMessageContaining("pain.001.001.03");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a fractional amount | Ccy=\"IDR\">600000< | Ccy=\"IDR\">600000.50<"
            + " | CdtTrfTxInf[1]: Amt/InstdAmt: '600000.50' is not whole rupiah",
        "another currency | Ccy=\"IDR\">600000< | Ccy=\"USD\">600000< | Amt/InstdAmt/@Ccy: 'USD' is not IDR",
        "no end-to-end id | <EndToEndId>S6A1000000000002</EndToEndId> | ''"
            + " | CdtTrfTxInf[2]: PmtId/EndToEndId: missing",
        "a wrong count | <NbOfTxs>3</NbOfTxs> | <NbOfTxs>4</NbOfTxs>"
            + " | NbOfTxs: announces 4 transactions, the file has 3",
        "no execution date | <ReqdExctnDt><Dt>2026-11-24</Dt></ReqdExctnDt> | '' | ReqdExctnDt/Dt: missing",
        "an execution date that does not exist | <Dt>2026-11-24</Dt> | <Dt>2026-11-31</Dt>"
            + " | ReqdExctnDt/Dt: '2026-11-31' is not a date yyyy-MM-dd",
        "an execution date and time | <Dt>2026-11-24</Dt> | <Dt>2026-11-24T08:00:00</Dt>"
            + " | ReqdExctnDt/Dt: '2026-11-24T08:00:00' is not a date yyyy-MM-dd",
        "a signed amount | Ccy=\"IDR\">600000< | Ccy=\"IDR\">-600000<"
            + " | Amt/InstdAmt: '-600000' is not an amount of at most 18 digits and 5 decimals",
        "an amount with an exponent | Ccy=\"IDR\">600000< | Ccy=\"IDR\">6E5<"
            + " | Amt/InstdAmt: '6E5' is not an amount of at most 18 digits and 5 decimals",
    })
    void a_malformed_field_is_refused_naming_its_element_line_and_field(String what, String from, String to,
                                                                      String expected) {
        // given a written file with one field spoilt
        String xml = written().replaceFirst(java.util.regex.Pattern.quote(from), to);

        // when read, then the refusal names the element, its line and the field
        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(XmlReadException.class)
                .hasMessageContaining(expected).hasMessageMatching("(?s)line \\d+, in /Document/.*");
    }
}

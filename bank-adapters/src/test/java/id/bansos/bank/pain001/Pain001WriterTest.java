package id.bansos.bank.pain001;

import static id.bansos.bank.pain001.Pain001Fixtures.BRI;
import static id.bansos.bank.pain001.Pain001Fixtures.header;
import static id.bansos.bank.pain001.Pain001Fixtures.line;
import static id.bansos.bank.pain001.Pain001Fixtures.lines;
import static id.bansos.bank.pain001.Pain001Fixtures.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import id.bansos.bank.payment.BankCode;
import id.bansos.bank.payment.PaymentFileHeader;
import id.bansos.bank.payment.PaymentInstruction;
import id.bansos.bank.payment.TotalsMismatchException;
import id.bansos.bank.payment.WrittenFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class Pain001WriterTest {

    private static final Path SHARED_XSD = Path.of("../../shared/xsd/pain.001.001.09.xsd");

    private static List<PaymentInstruction> threeLines() {
        return LongStream.rangeClosed(1, 3).mapToObj(Pain001Fixtures::line).toList();
    }

    @Test
    void a_written_file_validates_against_the_bundled_schema() throws Exception {
        // given three lines and a header announcing them
        byte[] file = Pain001Fixtures.write(header(3, sum(3)), threeLines());

        // when the file is validated against the bundled schema
        Pain001ValidationReport report = Pain001Validator.bundled().validate(new ByteArrayInputStream(file));

        // then it is valid and holds the three transactions
        assertThat(report.problems()).isEmpty();
        assertThat(report.transactions()).isEqualTo(3);
        assertThat(report.instructedSum()).isEqualByComparingTo(BigDecimal.valueOf(2_100_000));
    }

    @Test
    void a_written_file_validates_against_the_shared_reference_schema() throws Exception {
        assumeTrue(Files.isRegularFile(SHARED_XSD), "the shared schema is not beside the repository");
        // given a written file
        byte[] file = Pain001Fixtures.write(header(3, sum(3)), threeLines());

        // when it is validated against the shared copy of the schema
        Pain001ValidationReport report = Pain001Validator.of(SHARED_XSD).validate(new ByteArrayInputStream(file));

        // then it is valid
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void the_group_header_and_payment_information_announce_the_count_and_sum_of_the_lines() {
        // given a written file of three lines
        byte[] file = Pain001Fixtures.write(header(3, sum(3)), threeLines());

        // when Prowide reads it back
        MxPain00100109 mx = MxPain00100109.parse(new String(file, StandardCharsets.UTF_8));

        // then GrpHdr and PmtInf carry the count and control sum of the transactions
        PaymentInstruction30 payment = mx.getCstmrCdtTrfInitn().getPmtInf().get(0);
        long streamed = payment.getCdtTrfTxInf().stream()
                .mapToLong(tx -> tx.getAmt().getInstdAmt().getValue().longValueExact()).sum();
        assertThat(mx.getCstmrCdtTrfInitn().getGrpHdr().getNbOfTxs()).isEqualTo("3");
        assertThat(mx.getCstmrCdtTrfInitn().getGrpHdr().getCtrlSum())
                .isEqualByComparingTo(BigDecimal.valueOf(streamed));
        assertThat(payment.getNbOfTxs()).isEqualTo("3");
        assertThat(payment.getCtrlSum()).isEqualByComparingTo(BigDecimal.valueOf(streamed));
        assertThat(payment.getCdtTrfTxInf()).hasSize(3);
    }

    @Test
    void the_debtor_is_the_programs_holding_account_and_each_line_is_an_on_us_credit() {
        // given a written file
        byte[] file = Pain001Fixtures.write(header(3, sum(3)), threeLines());

        // when it is read back
        PaymentInstruction30 payment = MxPain00100109.parse(new String(file, StandardCharsets.UTF_8))
                .getCstmrCdtTrfInitn().getPmtInf().get(0);

        // then the holding account pays through BRI, and line 2 credits its account at BRI
        CreditTransferTransaction34 second = payment.getCdtTrfTxInf().get(1);
        assertThat(payment.getDbtrAcct().getId().getOthr().getId()).isEqualTo(BRI.debtor("SEMBAKO").accountNumber());
        assertThat(payment.getDbtrAcct().getId().getIBAN()).isNull();
        assertThat(payment.getDbtrAgt().getFinInstnId().getBICFI()).isEqualTo("BRINIDJA");
        assertThat(payment.getPmtMtd().value()).isEqualTo("TRF");
        assertThat(payment.getChrgBr().value()).isEqualTo("SLEV");
        assertThat(payment.isBtchBookg()).isTrue();
        assertThat(payment.getPmtTpInf().getSvcLvl().get(0).getCd()).isEqualTo("NURG");
        assertThat(payment.getReqdExctnDt().getDt()).hasToString("2026-11-24");
        assertThat(second.getPmtId().getEndToEndId()).isEqualTo(line(2).endToEndId());
        assertThat(second.getPmtId().getInstrId()).isEqualTo("2");
        assertThat(second.getCdtrAgt().getFinInstnId().getBICFI()).isEqualTo("BRINIDJA");
        assertThat(second.getCdtrAcct().getId().getOthr().getId()).isEqualTo("000000000000002");
        assertThat(second.getRmtInf().getUstrd()).containsExactly("BANSOS SEMBAKO 2026-10");
    }

    @Test
    void amounts_are_whole_rupiah_without_fraction_digits_one_transaction_per_text_line() {
        // given a written file
        String xml = new String(Pain001Fixtures.write(header(3, sum(3)), threeLines()), StandardCharsets.UTF_8);

        // then amounts carry no decimals and each transaction is one line of text
        assertThat(xml).contains("<InstdAmt Ccy=\"IDR\">600000</InstdAmt>", "<CtrlSum>2100000</CtrlSum>")
                .doesNotContain("600000.");
        assertThat(xml.lines().filter(l -> l.startsWith("<CdtTrfTxInf>") && l.endsWith("</CdtTrfTxInf>")))
                .hasSize(3);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\""
                + Pain001Writer.NAMESPACE + "\">");
    }

    @Test
    void writing_the_same_inputs_twice_gives_identical_bytes_and_the_digest_of_those_bytes() throws Exception {
        // given the same header and lines
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();

        // when they are written twice
        WrittenFile one = new Pain001Writer(BRI).write(first, header(50, sum(50)), lines(50));
        WrittenFile two = new Pain001Writer(BRI).write(second, header(50, sum(50)), lines(50));

        // then the bytes and the reported digests are identical and true to the bytes
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
        assertThat(one).isEqualTo(two);
        assertThat(one.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(first.toByteArray())));
        assertThat(one.bytes()).isEqualTo(first.size());
        assertThat(one.count()).isEqualTo(50);
        assertThat(one.controlSum()).isEqualTo(sum(50));
    }

    @Test
    void fewer_lines_than_announced_throw_a_totals_mismatch() {
        // given a header announcing four lines
        PaymentFileHeader header = header(4, sum(4));

        // when only three are streamed, then the writer refuses the file
        assertThatThrownBy(() -> Pain001Fixtures.write(header, threeLines()))
                .isInstanceOf(TotalsMismatchException.class)
                .hasMessageContaining("4 lines").hasMessageContaining("3 lines");
    }

    @Test
    void a_control_sum_other_than_announced_throws_a_totals_mismatch() {
        // given a header whose control sum is one rupiah off
        PaymentFileHeader header = header(3, sum(3) + 1);

        // when the three lines are streamed, then the writer refuses the file
        assertThatThrownBy(() -> Pain001Fixtures.write(header, threeLines()))
                .isInstanceOfSatisfying(TotalsMismatchException.class, e -> {
                    assertThat(e.expectedSum()).isEqualTo(sum(3) + 1);
                    assertThat(e.actualSum()).isEqualTo(sum(3));
                });
    }

    @Test
    void more_lines_than_announced_stop_the_writer_at_the_first_extra_line() {
        // given a header announcing two lines
        PaymentFileHeader header = header(2, sum(2));

        // when three are streamed, then the writer stops at the third
        assertThatThrownBy(() -> Pain001Fixtures.write(header, threeLines()))
                .isInstanceOfSatisfying(TotalsMismatchException.class, e -> assertThat(e.actualCount()).isEqualTo(3));
    }

    @Test
    void a_line_for_an_account_at_another_bank_is_refused() {
        // given a line crediting a BNI account
        PaymentInstruction bni = new PaymentInstruction("S6A1000000000009", 600_000, "DEWI", "0123456789",
                BankCode.BNI, null, "BANSOS SEMBAKO 2026-10", "KPM9", "SEMBAKO", Pain001Fixtures.PERIOD);

        // when it is written into the BRI file, then it is refused, naming the line
        assertThatThrownBy(() -> Pain001Fixtures.write(header(1, 600_000), List.of(bni)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1 (reference S6A1000000000009, household KPM9)")
                .hasMessageContaining("on-us");
    }

    @Test
    void an_account_number_of_the_wrong_length_for_the_bank_is_refused() {
        // given a BRI line with a 10-digit account (BRI accounts have 15)
        PaymentInstruction shortAccount = new PaymentInstruction("S6A1000000000009", 600_000, "DEWI",
                "0123456789", BankCode.BRI, null, "BANSOS SEMBAKO 2026-10", "KPM9", "SEMBAKO",
                Pain001Fixtures.PERIOD);

        // when it is written, then it is refused
        assertThatThrownBy(() -> Pain001Fixtures.write(header(1, 600_000), List.of(shortAccount)))
                .hasMessageContaining("has 10 digits; BRI accounts have 15");
    }

    @Test
    void a_line_of_another_program_is_refused_because_it_would_be_paid_from_the_wrong_holding_account() {
        // given a PKH line in a SEMBAKO file
        PaymentInstruction pkh = new PaymentInstruction("P6A1000000000009", 750_000, "DEWI", "%015d".formatted(9),
                BankCode.BRI, null, "BANSOS PKH 2026-10", "KPM9", "PKH", Pain001Fixtures.PERIOD);

        // when it is written, then it is refused
        assertThatThrownBy(() -> Pain001Fixtures.write(header(1, 750_000), List.of(pkh)))
                .hasMessageContaining("program PKH is not paid from the SEMBAKO holding account");
    }

    @Test
    void names_with_xml_special_characters_are_escaped_and_still_valid() throws Exception {
        // given a creditor name with &, < and a quote
        PaymentInstruction odd = new PaymentInstruction("S6A1000000000009", 600_000, "SITI & \"ANI\" <KPM>",
                "%015d".formatted(9), BankCode.BRI, null, "BANSOS SEMBAKO 2026-10", "KPM9", "SEMBAKO",
                Pain001Fixtures.PERIOD);

        // when it is written
        byte[] file = Pain001Fixtures.write(header(1, 600_000), List.of(odd));

        // then the file is valid and the name reads back unchanged
        assertThat(Pain001Validator.bundled().validate(new ByteArrayInputStream(file)).problems()).isEmpty();
        assertThat(MxPain00100109.parse(new String(file, StandardCharsets.UTF_8)).getCstmrCdtTrfInitn().getPmtInf()
                .get(0).getCdtTrfTxInf().get(0).getCdtr().getNm()).isEqualTo("SITI & \"ANI\" <KPM>");
    }

    @Test
    void a_header_announcing_more_lines_than_the_bank_takes_per_file_is_refused() {
        // given a header announcing more than BRI's maximum per file
        PaymentFileHeader header = header(BRI.maxTransactionsPerFile() + 1L, 1_000_000_000L);

        // when the writer starts, then it refuses before writing anything
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new Pain001Writer(BRI).write(out, header, lines(1)))
                .hasMessageContaining("split the batch");
        assertThat(out.size()).isZero();
    }
}

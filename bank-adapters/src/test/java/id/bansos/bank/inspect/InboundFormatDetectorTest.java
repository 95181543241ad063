package id.bansos.bank.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.bank.Samples;
import id.bansos.bank.mt940.Mt940Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InboundFormatDetectorTest {

    private final InboundFormatDetector detector = new InboundFormatDetector();

    private InboundFormat detect(String text) {
        return detector.detect(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void iso_messages_are_told_apart_by_the_namespace_of_their_document() {
        // given four documents
        // when detected, then each is named with its version
        assertThat(detect("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt/>"
                + "</Document>")).extracting(InboundFormat::family, InboundFormat::name)
                .containsExactly(InboundFormat.Family.CAMT_053, "camt.053.001.08");
        assertThat(detect("<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\">"
                + "<BkToCstmrDbtCdtNtfctn/></Document>").family()).isEqualTo(InboundFormat.Family.CAMT_054);
        assertThat(detect("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.10\"><CstmrPmtStsRpt/>"
                + "</Document>").family()).isEqualTo(InboundFormat.Family.PAIN_002);
        assertThat(detect("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"><CstmrCdtTrfInitn/>"
                + "</Document>").family()).isEqualTo(InboundFormat.Family.PAIN_001);
    }

    @Test
    void a_document_behind_a_long_comment_and_an_envelope_is_found() throws IOException {
        // given the CBPR+ sample: a licence comment, a Swift Envelope and an AppHdr before the prefixed Document
        // when detected
        InboundFormat format = detector.detect(Samples.file(
                "iso20022/ballerina-iso20022-to-swiftmt/cbpr_c.105.1.1_camt.053-BtoA.xml"));

        // then
        assertThat(format.name()).isEqualTo("camt.053.001.08");
    }

    @Test
    void a_byte_order_mark_does_not_hide_a_pain001() throws IOException {
        // given the Lithuanian pain.001 that starts with a UTF-8 BOM
        // when detected, then it is named
        assertThat(detector.detect(Samples.file("iso20022/moov-iso20022/International_payment_USD_naujas_1.xml")))
                .extracting(InboundFormat::family, InboundFormat::name)
                .containsExactly(InboundFormat.Family.PAIN_001, "pain.001.001.03");
    }

    @Test
    void mt940_and_mt942_are_recognised_with_or_without_headers_and_with_their_dialect() {
        // given the starts of MT files
        // when detected, then the type and dialect are named
        assertThat(detect("{1:BRI}{2:940SI}{4:\n:20:20261123020000\n")).extracting(InboundFormat::family,
                InboundFormat::name, InboundFormat::dialect)
                .containsExactly(InboundFormat.Family.MT940, "MT940 (BRI)", Mt940Dialect.BRI);
        assertThat(detect("ABNANL2A\n940\nABNANL2A\n:20:ABN AMRO BANK NV\n").name()).isEqualTo("MT940 (headerless)");
        assertThat(detect(":20:ST170119CYC/0001\n:25:PL29\n:28C:1/1\n:34F:PLN0\n").family())
                .isEqualTo(InboundFormat.Family.MT942);
    }

    @Test
    void a_pos_payout_report_is_recognised_by_its_header() {
        // given a CSV whose header names the payout columns in another order
        // when detected, then it is the Pos report
        assertThat(detect("status,reference,paid_at,amount,post_office_code,payer_id,signature,photo_id,geotag,"
                + "reason\n").family()).isEqualTo(InboundFormat.Family.POS_PAYOUT_REPORT);
    }

    @Test
    void a_bank_claim_report_is_recognised_by_its_header() {
        // given a CSV whose header names the claim columns
        // when detected, then it is the bank's claim (withdrawal) report
        assertThat(detect("withdrawn_at,reference,account,amount\n").family())
                .isEqualTo(InboundFormat.Family.CLAIM_REPORT);
    }

    @Test
    void anything_else_is_unknown_with_the_reason() {
        // given an unrelated CSV, an XML file with a DTD and an ISO message that is not inbound
        // when detected, then each is unknown and says why
        assertThat(detect("nik,name\n123,A\n").reason()).startsWith("neither XML, MT940/MT942, a PT Pos payout report");
        assertThat(detect("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x/>")
                .reason()).isEqualTo("line 2: a document type declaration (DTD) is not allowed; the file is refused");
        assertThat(detect("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\"><FIToFICstmrCdtTrf/>"
                + "</Document>").reason()).isEqualTo("pacs.008.001.08 is not a pain.002, camt.053, camt.054 or"
                + " pain.001 message");
        assertThat(detect("").reason()).isEqualTo("the file is empty");
    }
}

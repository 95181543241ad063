package id.bansos.bank.pain002;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.bansos.bank.Samples;
import id.bansos.bank.statement.Problem;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.Severity;
import id.bansos.bank.statement.StatusLine;
import id.bansos.bank.statement.StatusReason;
import id.bansos.bank.statement.StatusReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Pain002ReaderTest {

    private static final Pain002Reader READER = new Pain002Reader(ReadOptions.bansos());

    private static StatusReport sample(String name) throws IOException {
        return READER.read(Samples.file("iso20022/" + name));
    }

    private static StatusReport text(String xml) {
        return READER.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** A pain.002.001.10 answering our pain.001 "BANSOS-MSG-1": one block partly accepted, four transactions. */
    private static final String REPORT_V10 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
              <CstmrPmtStsRpt>
                <GrpHdr><MsgId>BRI-STS-0001</MsgId><CreDtTm>2026-11-23T10:00:00+07:00</CreDtTm></GrpHdr>
                <OrgnlGrpInfAndSts>
                  <OrgnlMsgId>BANSOS-MSG-1</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId>
                  <GrpSts>ACCP</GrpSts>
                </OrgnlGrpInfAndSts>
                <OrgnlPmtInfAndSts>
                  <OrgnlPmtInfId>PMTINF-PKH-1</OrgnlPmtInfId>
                  <PmtInfSts>PART</PmtInfSts>
                  <TxInfAndSts><OrgnlEndToEndId>E2E-1</OrgnlEndToEndId><TxSts>ACSC</TxSts></TxInfAndSts>
                  <TxInfAndSts><OrgnlEndToEndId>E2E-2</OrgnlEndToEndId><TxSts>RJCT</TxSts>
                    <StsRsnInf><Rsn><Cd>AC04</Cd></Rsn><AddtlInf>REKENING DITUTUP</AddtlInf></StsRsnInf></TxInfAndSts>
                  <TxInfAndSts><OrgnlEndToEndId>E2E-3</OrgnlEndToEndId><TxSts>RJCT</TxSts>
                    <StsRsnInf><Rsn><Cd>MD07</Cd></Rsn></StsRsnInf></TxInfAndSts>
                  <TxInfAndSts><OrgnlEndToEndId>E2E-4</OrgnlEndToEndId><TxSts>RJCT</TxSts>
                    <StsRsnInf><Rsn><Cd>AC06</Cd></Rsn></StsRsnInf></TxInfAndSts>
                </OrgnlPmtInfAndSts>
                <OrgnlPmtInfAndSts>
                  <OrgnlPmtInfId>PMTINF-PKH-2</OrgnlPmtInfId>
                  <PmtInfSts>ACSC</PmtInfSts>
                  <TxInfAndSts><OrgnlInstrId>INSTR-5</OrgnlInstrId><OrgnlEndToEndId>E2E-5</OrgnlEndToEndId>
                  </TxInfAndSts>
                </OrgnlPmtInfAndSts>
              </CstmrPmtStsRpt>
            </Document>
            """;

    @Test
    void group_block_and_transaction_statuses_are_read_with_their_reasons() {
        // given our pain.002.001.10
        // when it is read
        StatusReport report = text(REPORT_V10);

        // then
        assertThat(report.format()).isEqualTo("pain.002.001.10");
        assertThat(report.messageId()).isEqualTo("BRI-STS-0001");
        assertThat(report.problems()).isEmpty();
        assertThat(report.lines().get(0)).isInstanceOfSatisfying(StatusLine.Group.class, g -> {
            assertThat(g.originalMessageId()).isEqualTo("BANSOS-MSG-1");
            assertThat(g.originalMessageNameId()).isEqualTo("pain.001.001.09");
            assertThat(g.status()).isEqualTo("ACCP");
        });
        assertThat(report.transactions()).extracting(StatusLine.Transaction::originalEndToEndId,
                StatusLine.Transaction::status).containsExactly(tuple("E2E-1", "ACSC"), tuple("E2E-2", "RJCT"),
                tuple("E2E-3", "RJCT"), tuple("E2E-4", "RJCT"), tuple("E2E-5", "ACSC"));
        StatusLine.Transaction closed = report.transactions().get(1);
        assertThat(closed.originalPaymentInformationId()).isEqualTo("PMTINF-PKH-1");
        assertThat(closed.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("AC04");
            assertThat(r.description()).isEqualTo("account closed");
            assertThat(r.additionalInfo()).containsExactly("REKENING DITUTUP");
        });
        assertThat(report.transactions().get(2).reasons().get(0).description()).isEqualTo("end customer deceased");
        assertThat(report.transactions()).filteredOn(StatusLine::rejected).hasSize(3);
    }

    @Test
    void a_transaction_without_status_takes_its_block_status_unless_that_is_partial() {
        // given E2E-5 without TxSts in a block accepted as ACSC
        // when read, then it takes ACSC and keeps its instruction id
        StatusLine.Transaction fifth = text(REPORT_V10).transactions().get(4);
        assertThat(fifth.status()).isEqualTo("ACSC");
        assertThat(fifth.originalInstructionId()).isEqualTo("INSTR-5");
    }

    @Test
    void the_swiss_report_rejected_at_group_level_gives_am10() throws IOException {
        // given the SIX pain.002.001.03.ch.02 rejecting a whole file
        // when it is read
        StatusReport report = sample("moov-iso20022/pain002-epo_p_0_0_0_2018032614401842.xml");

        // then
        assertThat(report.format()).isEqualTo("pain.002.001.03.ch.02");
        assertThat(report.lines()).singleElement().isInstanceOfSatisfying(StatusLine.Group.class, g -> {
            assertThat(g.originalMessageId()).isEqualTo("MsgId-005");
            assertThat(g.rejected()).isTrue();
            assertThat(g.reasons()).extracting(StatusReason::code).containsExactly("AM10");
            assertThat(g.reasons().get(0).additionalInfo()).containsExactly("904114;ControlSum fehlerhaft");
        });
    }

    @Test
    void the_swiss_reports_with_rejected_blocks_and_transactions_give_ac01_and_narr() throws IOException {
        // given a block rejected with NARR and its transaction with AC01, and a partly accepted block
        // when they are read
        StatusReport rejected = sample("moov-iso20022/pain002-epo_p_ch2909000000250094239_1109800799_0_"
                + "2018032612092784.xml");
        StatusReport partial = sample("moov-iso20022/pain002-epo_p_ch5109000000250092291_1110097605_0_"
                + "2018031511252307.xml");

        // then
        assertThat(rejected.lines()).hasSize(3);
        assertThat(rejected.lines().get(1)).isInstanceOfSatisfying(StatusLine.PaymentInformation.class, p -> {
            assertThat(p.originalPaymentInformationId()).isEqualTo("PmtInfId-006-01");
            assertThat(p.status()).isEqualTo("RJCT");
            assertThat(p.reasons()).extracting(StatusReason::code).containsExactly("NARR");
        });
        assertThat(rejected.transactions()).singleElement().satisfies(t -> {
            assertThat(t.originalEndToEndId()).isEqualTo("EndToEndId-006-01-01");
            assertThat(t.reasons()).extracting(StatusReason::code).containsExactly("AC01");
        });
        assertThat(partial.lines().get(1).status()).isEqualTo("PART");
        assertThat(partial.transactions()).singleElement().extracting(StatusLine::status).isEqualTo("RJCT");
    }

    @Test
    void a_report_in_a_swift_envelope_with_prefixes_is_read() throws IOException {
        // given the CBPR+ pain.002.001.10 in an Envelope with an AppHdr and a pain: prefix
        // when it is read
        StatusReport report = sample("ballerina-iso20022-to-swiftmt/cbpr_p.3.1.2_pain.002_A_to_Cdtr.xml");

        // then
        assertThat(report.format()).isEqualTo("pain.002.001.10");
        assertThat(report.transactions()).singleElement().satisfies(t -> {
            assertThat(t.originalEndToEndId()).isEqualTo("pain008EndToEndId-001");
            assertThat(t.originalUetr()).isEqualTo("7a562c67-ca16-48ba-b074-65581be6f001");
            assertThat(t.status()).isEqualTo("RJCT");
            assertThat(t.reasons()).extracting(StatusReason::code).containsExactly("AC05");
        });
    }

    @Test
    void another_version_is_read_by_the_same_element_names_and_noted() {
        // given the same report as pain.002.001.12
        StatusReport report = text(REPORT_V10.replace("pain.002.001.10", "pain.002.001.12"));

        // when read, then the transactions are there and the untested version is noted
        assertThat(report.transactions()).hasSize(5);
        assertThat(report.problems()).extracting(Problem::severity).containsExactly(Severity.INFO);
    }

    @Test
    void a_camt_statement_given_to_the_status_reader_is_refused_by_name() {
        // given a camt.053 document
        String camt = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt/>"
                + "</Document>";

        // when read, then it is refused naming what it is
        assertThat(text(camt).problems()).extracting(Problem::severity, Problem::message)
                .containsExactly(tuple(Severity.ERROR,
                        "expected pain.002, found camt.053.001.08"));
    }

    @Test
    void a_transaction_that_names_no_payment_and_a_rejection_without_reason_are_reported() {
        // given a transaction with neither end-to-end nor instruction id, rejected without reason
        String xml = REPORT_V10.replace("<TxInfAndSts><OrgnlEndToEndId>E2E-1</OrgnlEndToEndId><TxSts>ACSC</TxSts>",
                "<TxInfAndSts><TxSts>RJCT</TxSts>");

        // when read strictly
        StatusReport report = text(xml);

        // then the first is an error, the second a warning, both located on the transaction
        assertThat(report.problems()).extracting(Problem::severity, Problem::field).containsExactly(
                tuple(Severity.ERROR, "OrgnlEndToEndId"),
                tuple(Severity.WARNING, "TxSts"));
        assertThat(report.problems()).allSatisfy(p ->
                assertThat(p.location()).startsWith("OrgnlPmtInfAndSts[1]/TxInfAndSts[1] (line "));
    }

    @Test
    void an_original_end_to_end_id_longer_than_iso_allows_is_refused_on_its_transaction() {
        // given a transaction whose OrgnlEndToEndId is 40 characters long
        String reference = "E2E-1" + "9".repeat(35);
        String xml = REPORT_V10.replace("<OrgnlEndToEndId>E2E-1</OrgnlEndToEndId>",
                "<OrgnlEndToEndId>" + reference + "</OrgnlEndToEndId>");

        // when read
        StatusReport report = text(xml);

        // then it is an error naming the element and the limit, located on the transaction
        assertThat(report.problems()).extracting(Problem::severity, Problem::field, Problem::message).containsExactly(
                tuple(Severity.ERROR, "OrgnlEndToEndId", "'E2E-1999999999999999…' is 40 characters long;"
                        + " ISO 20022 allows at most 35 (Max35Text)"));
        assertThat(report.problems().get(0).location()).startsWith("OrgnlPmtInfAndSts[1]/TxInfAndSts[1] (line ");
    }
}

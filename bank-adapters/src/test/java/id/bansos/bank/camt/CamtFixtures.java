package id.bansos.bank.camt;

import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.StatementReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Small hand-written camt.053.001.08 documents for tests. */
final class CamtFixtures {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";

    private CamtFixtures() {
    }

    /** A statement of a BRI holding account with the given balances and entries (each from {@link #entry}). */
    static String statement(String currency, String opening, String closing, String... entries) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="%s">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>BRI-STMT-0001</MsgId><CreDtTm>2026-11-23T18:00:00+07:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>STMT-0001</Id>
                      <ElctrncSeqNb>42</ElctrncSeqNb>
                      <Acct><Id><Othr><Id>123456789012345</Id></Othr></Id><Ccy>%s</Ccy></Acct>
                      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="%s">%s</Amt>
                        <CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-23</Dt></Dt></Bal>
                      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="%s">%s</Amt>
                        <CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-23</Dt></Dt></Bal>
                %s
                    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """.formatted(NAMESPACE, currency, currency, opening, currency, closing, String.join("\n", entries));
    }

    /** One booked entry paying one KPM. */
    static String entry(String currency, String amount, String side, String endToEndId) {
        return """
                      <Ntry><Amt Ccy="%s">%s</Amt><CdtDbtInd>%s</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                        <BookgDt><Dt>2026-11-23</Dt></BookgDt><AcctSvcrRef>BRI-%s</AcctSvcrRef>
                        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>DMCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                        <NtryDtls><TxDtls><Refs><EndToEndId>%s</EndToEndId></Refs>
                          <Amt Ccy="%s">%s</Amt><CdtDbtInd>%s</CdtDbtInd></TxDtls></NtryDtls></Ntry>
                """.formatted(currency, amount, side, endToEndId, endToEndId, currency, amount, side);
    }

    static StatementReport read(String xml, ReadOptions options) {
        return new CamtReader(options).read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}

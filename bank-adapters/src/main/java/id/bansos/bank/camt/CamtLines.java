package id.bansos.bank.camt;

import id.bansos.bank.statement.Batch;
import id.bansos.bank.statement.CreditDebit;
import id.bansos.bank.statement.Money;
import id.bansos.bank.statement.ProblemLog;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.ReasonCodes;
import id.bansos.bank.statement.ReferenceSource;
import id.bansos.bank.statement.ReturnReason;
import id.bansos.bank.statement.StatementLine;
import id.bansos.bank.xml.XmlNode;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a camt entry, and each of its {@code TxDtls}, into {@link StatementLine}s. */
final class CamtLines {

    private static final String NOT_PROVIDED = "NOTPROVIDED";

    private final CamtValues values;
    private final ProblemLog log;
    private final boolean strict;

    CamtLines(CamtValues values, ProblemLog log, ReadOptions options) {
        this.values = values;
        this.log = log;
        this.strict = options.strictBansos();
    }

    /** The line of an entry that has no {@code TxDtls}: a batch is matched by its payment-information id. */
    StatementLine entryLine(String account, int number, CamtEntryReader.Entry entry, Batch batch, String narrative,
                            String location) {
        Reference ref = first(
                new Reference(batch == null ? null : batch.paymentInformationId(),
                        ReferenceSource.PAYMENT_INFORMATION_ID),
                new Reference(batch == null ? null : batch.messageId(), ReferenceSource.MESSAGE_ID),
                new Reference(entry.bankReference(), ReferenceSource.BANK_REFERENCE),
                new Reference(entry.entryReference(), ReferenceSource.ENTRY_REFERENCE));
        return new StatementLine(account, number, ref.value(), ref.source(), entry.amount(), entry.side(),
                entry.status(), entry.reversal(), entry.bookingDate(), entry.valueDate(), entry.bankReference(),
                entry.entryReference(), entry.transactionCode(), null, batch, narrative, location, null);
    }

    /**
     * The line of one {@code TxDtls}. Its amount is its own ({@code Amt}, else {@code AmtDtls/TxAmt/Amt}), else the
     * fallback (the entry's, when this is its only transaction); a transaction of a batch without any amount is
     * reported and has a {@code null} amount.
     */
    StatementLine transactionLine(String account, int number, CamtEntryReader.Entry entry, Batch batch, XmlNode tx,
                                  Money fallback, String location) {
        XmlNode own = ownAmount(tx);
        Money amount = own == null ? fallback : values.money(own, location, "TxDtls/Amt", true);
        if (own == null && fallback == null) {
            log.errorWhenStrict(strict, location, "TxDtls/Amt", "a transaction of a batched entry without amount:"
                    + " it cannot be matched by amount");
        }
        CreditDebit side = tx.text("CdtDbtInd") == null ? entry.side()
                : values.side(tx.text("CdtDbtInd"), location, "TxDtls/CdtDbtInd", true);
        XmlNode refs = tx.child("Refs");
        String ownBankReference = values.identifier(refs, "AcctSvcrRef", location, "Refs/AcctSvcrRef");
        String bankReference = ownBankReference != null ? ownBankReference : entry.bankReference();
        Reference ref = first(
                new Reference(endToEndId(values.identifier(refs, "EndToEndId", location, "Refs/EndToEndId")),
                        ReferenceSource.END_TO_END_ID),
                new Reference(values.identifier(refs, "InstrId", location, "Refs/InstrId"),
                        ReferenceSource.INSTRUCTION_ID),
                new Reference(values.identifier(refs, "TxId", location, "Refs/TxId"), ReferenceSource.TRANSACTION_ID),
                new Reference(values.identifier(refs, "PmtInfId", location, "Refs/PmtInfId"),
                        ReferenceSource.PAYMENT_INFORMATION_ID),
                new Reference(batch == null ? null : batch.paymentInformationId(),
                        ReferenceSource.PAYMENT_INFORMATION_ID),
                new Reference(values.identifier(refs, "MsgId", location, "Refs/MsgId"), ReferenceSource.MESSAGE_ID),
                new Reference(bankReference, ReferenceSource.BANK_REFERENCE),
                new Reference(entry.entryReference(), ReferenceSource.ENTRY_REFERENCE));
        String code = transactionCode(tx.child("BkTxCd"));
        return new StatementLine(account, number, ref.value(), ref.source(), amount,
                side == null ? entry.side() : side, entry.status(), entry.reversal(), entry.bookingDate(),
                entry.valueDate(), bankReference, entry.entryReference(), code == null ? entry.transactionCode() : code,
                returnReason(tx.child("RtrInf"), location), batch, narrative(tx), location,
                counterparty(tx.child("RltdPties"), side == null ? entry.side() : side));
    }

    /** The transaction's own amount element, or {@code null}. */
    static XmlNode ownAmount(XmlNode tx) {
        XmlNode amt = tx.child("Amt");
        return amt != null ? amt : tx.find("AmtDtls", "TxAmt", "Amt");
    }

    /** {@code Domn/Fmly/SubFmly} as {@code PMNT/ICDT/DMCT}, else the proprietary code, or {@code null}. */
    static String transactionCode(XmlNode bkTxCd) {
        if (bkTxCd == null) {
            return null;
        }
        String domain = bkTxCd.text("Domn", "Cd");
        String family = bkTxCd.text("Domn", "Fmly", "Cd");
        if (domain != null) {
            return family == null ? domain : domain + "/" + family + "/" + bkTxCd.text("Domn", "Fmly", "SubFmlyCd");
        }
        return bkTxCd.text("Prtry", "Cd");
    }

    private ReturnReason returnReason(XmlNode rtrInf, String location) {
        if (rtrInf == null) {
            return null;
        }
        String code = rtrInf.text("Rsn", "Cd");
        boolean proprietary = code == null && rtrInf.text("Rsn", "Prtry") != null;
        if (proprietary) {
            code = rtrInf.text("Rsn", "Prtry");
        }
        if (code != null && !proprietary && !ReasonCodes.wellFormed(code)) {
            log.warning(location, "RtrInf/Rsn/Cd", "return reason '" + code + "' is not an ISO code (4 capitals)");
        }
        String info = rtrInf.children("AddtlInf").stream().map(XmlNode::text).collect(Collectors.joining(" "));
        return new ReturnReason(code, proprietary, info.isEmpty() ? null : info);
    }

    private static String counterparty(XmlNode parties, CreditDebit side) {
        if (parties == null) {
            return null;
        }
        String account = side == CreditDebit.DEBIT ? "CdtrAcct" : "DbtrAcct";
        String other = parties.text(account, "Id", "Othr", "Id");
        return other != null ? other : parties.text(account, "Id", "IBAN");
    }

    private static String narrative(XmlNode tx) {
        XmlNode rmtInf = tx.child("RmtInf");
        if (rmtInf != null) {
            List<XmlNode> unstructured = rmtInf.children("Ustrd");
            if (!unstructured.isEmpty()) {
                return unstructured.stream().map(XmlNode::text).collect(Collectors.joining(" "));
            }
            String creditorReference = rmtInf.text("Strd", "CdtrRefInf", "Ref");
            if (creditorReference != null) {
                return creditorReference;
            }
        }
        return tx.text("AddtlTxInf");
    }

    private static String endToEndId(String id) {
        return NOT_PROVIDED.equals(id) ? null : id;
    }

    private record Reference(String value, ReferenceSource source) {
    }

    private static Reference first(Reference... candidates) {
        for (Reference r : candidates) {
            if (r.value() != null) {
                return r;
            }
        }
        return new Reference(null, ReferenceSource.NONE);
    }
}

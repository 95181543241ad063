package id.bansos.bank.camt;

import id.bansos.bank.statement.CreditDebit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the parts camt.053 statements and camt.054 notifications share: an entry ({@code Ntry}) with its batch and
 * transaction details, amounts and dates.
 */
final class CamtEntryXml {

    private CamtEntryXml() {
    }

    static void entry(XMLStreamWriter xml, Camt053Writer.Entry entry, String currency) throws XMLStreamException {
        xml.writeStartElement("Ntry");
        optional(xml, "NtryRef", entry.entryReference());
        amount(xml, "Amt", entry.amount(), currency);
        element(xml, "CdtDbtInd", entry.side().iso());
        if (entry.reversal()) {
            element(xml, "RvslInd", "true");
        }
        xml.writeStartElement("Sts");
        element(xml, "Cd", "BOOK");
        xml.writeEndElement();
        date(xml, "BookgDt", entry.bookingDate());
        if (entry.valueDate() != null) {
            date(xml, "ValDt", entry.valueDate());
        }
        optional(xml, "AcctSvcrRef", entry.bankReference());
        transactionCode(xml, entry);
        xml.writeStartElement("NtryDtls");
        if (entry.transactions().size() > 1 || entry.paymentInformationId() != null) {
            batch(xml, entry, currency);
        }
        for (Camt053Writer.Transaction tx : entry.transactions()) {
            transaction(xml, tx, currency);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void batch(XMLStreamWriter xml, Camt053Writer.Entry entry, String currency)
            throws XMLStreamException {
        BigDecimal sum = BigDecimal.ZERO;
        for (Camt053Writer.Transaction tx : entry.transactions()) {
            sum = sum.add(tx.side().signed(tx.amount()));
        }
        if (sum.compareTo(entry.side().signed(entry.amount())) != 0) {
            throw new IllegalStateException("batch " + entry.paymentInformationId() + ": the transactions add up to "
                    + sum.toPlainString() + ", not to the entry amount " + entry.amount().toPlainString());
        }
        xml.writeStartElement("Btch");
        optional(xml, "PmtInfId", entry.paymentInformationId());
        element(xml, "NbOfTxs", Integer.toString(entry.transactions().size()));
        amount(xml, "TtlAmt", entry.amount(), currency);
        element(xml, "CdtDbtInd", entry.side().iso());
        xml.writeEndElement();
    }

    private static void transaction(XMLStreamWriter xml, Camt053Writer.Transaction tx, String currency)
            throws XMLStreamException {
        xml.writeStartElement("TxDtls");
        if (tx.endToEndId() != null) {
            xml.writeStartElement("Refs");
            element(xml, "EndToEndId", tx.endToEndId());
            xml.writeEndElement();
        }
        amount(xml, "Amt", tx.amount(), currency);
        element(xml, "CdtDbtInd", tx.side().iso());
        if (tx.remittance() != null) {
            xml.writeStartElement("RmtInf");
            element(xml, "Ustrd", tx.remittance());
            xml.writeEndElement();
        }
        if (tx.returnReasonCode() != null) {
            xml.writeStartElement("RtrInf");
            xml.writeStartElement("Rsn");
            element(xml, "Cd", tx.returnReasonCode());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void transactionCode(XMLStreamWriter xml, Camt053Writer.Entry entry) throws XMLStreamException {
        String code = entry.transactionCode();
        if (code == null) {
            boolean returned = entry.transactions().stream().anyMatch(t -> t.returnReasonCode() != null);
            code = entry.side() == CreditDebit.DEBIT ? "PMNT/ICDT/DMCT"
                    : returned ? "PMNT/ICDT/RRTN" : "PMNT/RCDT/DMCT";
        }
        String[] parts = code.split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("a transaction code is Domain/Family/SubFamily, not " + code);
        }
        xml.writeStartElement("BkTxCd");
        xml.writeStartElement("Domn");
        element(xml, "Cd", parts[0]);
        xml.writeStartElement("Fmly");
        element(xml, "Cd", parts[1]);
        element(xml, "SubFmlyCd", parts[2]);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    static void amount(XMLStreamWriter xml, String name, BigDecimal amount, String currency)
            throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("Ccy", currency);
        xml.writeCharacters(amount.toPlainString());
        xml.writeEndElement();
    }

    static void date(XMLStreamWriter xml, String name, LocalDate date) throws XMLStreamException {
        xml.writeStartElement(name);
        element(xml, "Dt", DateTimeFormatter.ISO_LOCAL_DATE.format(date));
        xml.writeEndElement();
    }

    static void optional(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value != null) {
            element(xml, name, value);
        }
    }

    /** Starts a camt document: the XML declaration, {@code Document}, the message element and its group header. */
    static void openMessage(XMLStreamWriter xml, String namespace, String message, String messageId,
                            OffsetDateTime createdAt) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(namespace);
        xml.writeStartElement("Document");
        xml.writeDefaultNamespace(namespace);
        xml.writeStartElement(message);
        xml.writeStartElement("GrpHdr");
        element(xml, "MsgId", messageId);
        element(xml, "CreDtTm", timestamp(createdAt));
        xml.writeEndElement();
    }

    static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    static void account(XMLStreamWriter xml, String account, String currency, String servicerBic)
            throws XMLStreamException {
        xml.writeStartElement("Acct");
        xml.writeStartElement("Id");
        xml.writeStartElement("Othr");
        element(xml, "Id", account);
        xml.writeEndElement();
        xml.writeEndElement();
        element(xml, "Ccy", currency);
        if (servicerBic != null) {
            xml.writeStartElement("Svcr");
            xml.writeStartElement("FinInstnId");
            element(xml, "BICFI", servicerBic);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    static String timestamp(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS));
    }
}

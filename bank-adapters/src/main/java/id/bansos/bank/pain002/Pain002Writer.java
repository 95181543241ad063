package id.bansos.bank.pain002;

import id.bansos.bank.statement.ReasonCodes;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a pain.002.001.10 customer payment status report on one pain.001 with one payment information block,
 * streaming one {@code TxInfAndSts} per transaction from an {@link Iterator}, so memory stays flat. The group and
 * block statuses precede the transactions, so the caller states them. A rejection carries its reason code
 * ({@code StsRsnInf/Rsn/Cd}) and, for the codes {@link ReasonCodes} knows, its meaning as {@code AddtlInf}. Amounts
 * are whole rupiah; the Document has no prefix. The stream is flushed, not closed.
 */
public final class Pain002Writer {

    /** The namespace written. */
    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.002.001.10";
    /** The message the report is on. */
    public static final String ORIGINAL_MESSAGE = "pain.001.001.09";

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    /**
     * The report's header and its transactions.
     *
     * @param messageId                    {@code GrpHdr/MsgId}
     * @param createdAt                    {@code GrpHdr/CreDtTm}
     * @param bankBic                      the reporting bank, {@code GrpHdr/DbtrAgt}
     * @param originalMessageId            {@code OrgnlMsgId}
     * @param originalTransactions         {@code OrgnlNbOfTxs}
     * @param originalControlSum           {@code OrgnlCtrlSum}, whole rupiah
     * @param groupStatus                  {@code GrpSts}: {@code ACSC}, {@code PART}, {@code RJCT} …
     * @param originalPaymentInformationId {@code OrgnlPmtInfId}
     * @param paymentInformationStatus     {@code PmtInfSts}
     * @param transactions                 one status per transaction, consumed once
     */
    public record Report(String messageId, OffsetDateTime createdAt, String bankBic, String originalMessageId,
                         long originalTransactions, long originalControlSum, String groupStatus,
                         String originalPaymentInformationId, String paymentInformationStatus,
                         Iterator<TransactionStatus> transactions) {
        public Report {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(originalMessageId, "originalMessageId");
            Objects.requireNonNull(groupStatus, "groupStatus");
            Objects.requireNonNull(originalPaymentInformationId, "originalPaymentInformationId");
            Objects.requireNonNull(paymentInformationStatus, "paymentInformationStatus");
            Objects.requireNonNull(transactions, "transactions");
        }
    }

    /**
     * The status of one transaction.
     *
     * @param originalInstructionId  {@code OrgnlInstrId}, or {@code null}
     * @param originalEndToEndId     {@code OrgnlEndToEndId}
     * @param status                 {@code TxSts}
     * @param reasonCode             {@code StsRsnInf/Rsn/Cd}, or {@code null}
     * @param amount                 {@code OrgnlTxRef/Amt/InstdAmt}, whole rupiah
     * @param requestedExecutionDate {@code OrgnlTxRef/ReqdExctnDt/Dt}
     */
    public record TransactionStatus(String originalInstructionId, String originalEndToEndId, String status,
                                    String reasonCode, long amount, LocalDate requestedExecutionDate) {
        public TransactionStatus {
            Objects.requireNonNull(originalEndToEndId, "originalEndToEndId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(requestedExecutionDate, "requestedExecutionDate");
        }
    }

    /**
     * Writes the report.
     *
     * @throws XMLStreamException when writing fails
     */
    public void write(OutputStream out, Report report) throws XMLStreamException {
        XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement("Document");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeStartElement("CstmrPmtStsRpt");
        xml.writeStartElement("GrpHdr");
        element(xml, "MsgId", report.messageId());
        element(xml, "CreDtTm", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                report.createdAt().truncatedTo(ChronoUnit.SECONDS)));
        if (report.bankBic() != null) {
            xml.writeStartElement("DbtrAgt");
            xml.writeStartElement("FinInstnId");
            element(xml, "BICFI", report.bankBic());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement("OrgnlGrpInfAndSts");
        element(xml, "OrgnlMsgId", report.originalMessageId());
        element(xml, "OrgnlMsgNmId", ORIGINAL_MESSAGE);
        element(xml, "OrgnlNbOfTxs", Long.toString(report.originalTransactions()));
        element(xml, "OrgnlCtrlSum", Long.toString(report.originalControlSum()));
        element(xml, "GrpSts", report.groupStatus());
        xml.writeEndElement();
        xml.writeStartElement("OrgnlPmtInfAndSts");
        element(xml, "OrgnlPmtInfId", report.originalPaymentInformationId());
        element(xml, "PmtInfSts", report.paymentInformationStatus());
        Iterator<TransactionStatus> transactions = report.transactions();
        while (transactions.hasNext()) {
            transaction(xml, transactions.next());
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void transaction(XMLStreamWriter xml, TransactionStatus tx) throws XMLStreamException {
        xml.writeStartElement("TxInfAndSts");
        if (tx.originalInstructionId() != null) {
            element(xml, "OrgnlInstrId", tx.originalInstructionId());
        }
        element(xml, "OrgnlEndToEndId", tx.originalEndToEndId());
        element(xml, "TxSts", tx.status());
        if (tx.reasonCode() != null) {
            xml.writeStartElement("StsRsnInf");
            xml.writeStartElement("Rsn");
            element(xml, "Cd", tx.reasonCode());
            xml.writeEndElement();
            String meaning = ReasonCodes.describe(tx.reasonCode());
            if (meaning != null) {
                element(xml, "AddtlInf", meaning);
            }
            xml.writeEndElement();
        }
        xml.writeStartElement("OrgnlTxRef");
        xml.writeStartElement("Amt");
        xml.writeStartElement("InstdAmt");
        xml.writeAttribute("Ccy", "IDR");
        xml.writeCharacters(Long.toString(tx.amount()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("ReqdExctnDt");
        element(xml, "Dt", DateTimeFormatter.ISO_LOCAL_DATE.format(tx.requestedExecutionDate()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}

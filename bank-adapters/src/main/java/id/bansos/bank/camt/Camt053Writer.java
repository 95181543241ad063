package id.bansos.bank.camt;

import id.bansos.bank.statement.CreditDebit;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes camt.053.001.08 statements entry by entry with a {@link XMLStreamWriter}, so a statement of millions of
 * entries is written in constant memory. Entries come from an {@link Iterator}; since the balances precede the
 * entries in camt.053, the caller states the closing balance, and the writer checks at the end that the entries add
 * up to it. Accounts are written as {@code Othr/Id} (Indonesian accounts have no IBAN); the Document has no prefix.
 */
public final class Camt053Writer {

    /** The namespace written. */
    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    /**
     * One statement to write.
     *
     * @param id                       {@code Stmt/Id}
     * @param electronicSequenceNumber {@code ElctrncSeqNb}
     * @param account                  the account number ({@code Acct/Id/Othr/Id})
     * @param currency                 the account currency
     * @param servicerBic              the bank's BIC ({@code Acct/Svcr}), or {@code null}
     * @param openingBalance           signed: negative when overdrawn
     * @param openingDate              date of the opening balance
     * @param closingBalance           signed; must equal opening + credits − debits of the entries
     * @param closingDate              date of the closing balance
     * @param entries                  the entries, consumed once
     */
    public record Statement(String id, long electronicSequenceNumber, String account, String currency,
                            String servicerBic, BigDecimal openingBalance, LocalDate openingDate,
                            BigDecimal closingBalance, LocalDate closingDate, Iterator<Entry> entries) {
        public Statement {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(openingBalance, "openingBalance");
            Objects.requireNonNull(openingDate, "openingDate");
            Objects.requireNonNull(closingBalance, "closingBalance");
            Objects.requireNonNull(closingDate, "closingDate");
            Objects.requireNonNull(entries, "entries");
        }
    }

    /**
     * One booked entry ({@code Ntry}). With one transaction it books one payment; with several, or with a batch id,
     * it books a batch ({@code Btch}) whose transactions must add up to its amount.
     *
     * @param entryReference       {@code NtryRef}, or {@code null}
     * @param amount               the booked amount, not negative
     * @param side                 credit or debit
     * @param reversal             whether it reverses an earlier entry
     * @param bookingDate          booking date
     * @param valueDate            value date, or {@code null} to leave it out
     * @param bankReference        {@code AcctSvcrRef}, or {@code null}
     * @param transactionCode      {@code Domn/Fmly/SubFmly} such as {@code PMNT/ICDT/DMCT}, or {@code null} to derive
     *                             it: a debit {@code PMNT/ICDT/DMCT}, a returned payment {@code PMNT/ICDT/RRTN}, a
     *                             credit {@code PMNT/RCDT/DMCT}
     * @param paymentInformationId {@code Btch/PmtInfId}, or {@code null}
     * @param transactions         the payments booked ({@code TxDtls}), at least one
     */
    public record Entry(String entryReference, BigDecimal amount, CreditDebit side, boolean reversal,
                        LocalDate bookingDate, LocalDate valueDate, String bankReference, String transactionCode,
                        String paymentInformationId, List<Transaction> transactions) {
        public Entry {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(bookingDate, "bookingDate");
            transactions = List.copyOf(transactions);
            if (amount.signum() < 0 || transactions.isEmpty()) {
                throw new IllegalArgumentException("an entry needs a non-negative amount and a transaction");
            }
        }

        /** An entry booking one payment. */
        public static Entry of(String endToEndId, BigDecimal amount, CreditDebit side, LocalDate bookingDate,
                               String bankReference, String returnReasonCode) {
            return new Entry(null, amount, side, false, bookingDate, null, bankReference, null, null,
                    List.of(new Transaction(endToEndId, amount, side, returnReasonCode, null)));
        }
    }

    /**
     * One payment within an entry ({@code TxDtls}).
     *
     * @param endToEndId       our payment reference
     * @param amount           its amount, not negative
     * @param side             credit or debit
     * @param returnReasonCode an ISO return reason ({@code AC04}, {@code MD07} …) when it came back, else {@code null}
     * @param remittance       unstructured remittance information, or {@code null}
     */
    public record Transaction(String endToEndId, BigDecimal amount, CreditDebit side, String returnReasonCode,
                              String remittance) {
        public Transaction {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(side, "side");
        }
    }

    /**
     * Writes one camt.053.001.08 message; the stream is flushed, not closed.
     *
     * @throws IllegalStateException when a statement's entries do not add up to its closing balance, or a batch's
     *                               transactions to its entry (what was written must then be discarded)
     * @throws XMLStreamException    when writing fails
     */
    public void write(OutputStream out, String messageId, OffsetDateTime createdAt, List<Statement> statements)
            throws XMLStreamException {
        XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement("Document");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeStartElement("BkToCstmrStmt");
        xml.writeStartElement("GrpHdr");
        element(xml, "MsgId", messageId);
        element(xml, "CreDtTm", timestamp(createdAt));
        xml.writeEndElement();
        for (Statement statement : statements) {
            writeStatement(xml, statement, createdAt);
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void writeStatement(XMLStreamWriter xml, Statement statement, OffsetDateTime createdAt)
            throws XMLStreamException {
        xml.writeStartElement("Stmt");
        element(xml, "Id", statement.id());
        element(xml, "ElctrncSeqNb", Long.toString(statement.electronicSequenceNumber()));
        element(xml, "CreDtTm", timestamp(createdAt));
        xml.writeStartElement("Acct");
        xml.writeStartElement("Id");
        xml.writeStartElement("Othr");
        element(xml, "Id", statement.account());
        xml.writeEndElement();
        xml.writeEndElement();
        element(xml, "Ccy", statement.currency());
        if (statement.servicerBic() != null) {
            xml.writeStartElement("Svcr");
            xml.writeStartElement("FinInstnId");
            element(xml, "BICFI", statement.servicerBic());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        balance(xml, "OPBD", statement.openingBalance(), statement.currency(), statement.openingDate());
        balance(xml, "CLBD", statement.closingBalance(), statement.currency(), statement.closingDate());
        BigDecimal running = statement.openingBalance();
        Iterator<Entry> entries = statement.entries();
        while (entries.hasNext()) {
            Entry entry = entries.next();
            writeEntry(xml, entry, statement.currency());
            running = running.add(entry.side().signed(entry.amount()));
        }
        xml.writeEndElement();
        if (running.compareTo(statement.closingBalance()) != 0) {
            throw new IllegalStateException("statement " + statement.id() + ": the entries add up to "
                    + running.toPlainString() + ", not to the closing balance "
                    + statement.closingBalance().toPlainString());
        }
    }

    private void writeEntry(XMLStreamWriter xml, Entry entry, String currency) throws XMLStreamException {
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
            writeBatch(xml, entry, currency);
        }
        for (Transaction tx : entry.transactions()) {
            writeTransaction(xml, tx, currency);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void writeBatch(XMLStreamWriter xml, Entry entry, String currency) throws XMLStreamException {
        BigDecimal sum = BigDecimal.ZERO;
        for (Transaction tx : entry.transactions()) {
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

    private void writeTransaction(XMLStreamWriter xml, Transaction tx, String currency) throws XMLStreamException {
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

    private static void transactionCode(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
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

    private static void balance(XMLStreamWriter xml, String code, BigDecimal signed, String currency, LocalDate date)
            throws XMLStreamException {
        xml.writeStartElement("Bal");
        xml.writeStartElement("Tp");
        xml.writeStartElement("CdOrPrtry");
        element(xml, "Cd", code);
        xml.writeEndElement();
        xml.writeEndElement();
        amount(xml, "Amt", signed.abs(), currency);
        element(xml, "CdtDbtInd", signed.signum() < 0 ? "DBIT" : "CRDT");
        date(xml, "Dt", date);
        xml.writeEndElement();
    }

    private static void amount(XMLStreamWriter xml, String name, BigDecimal amount, String currency)
            throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("Ccy", currency);
        xml.writeCharacters(amount.toPlainString());
        xml.writeEndElement();
    }

    private static void date(XMLStreamWriter xml, String name, LocalDate date) throws XMLStreamException {
        xml.writeStartElement(name);
        element(xml, "Dt", DateTimeFormatter.ISO_LOCAL_DATE.format(date));
        xml.writeEndElement();
    }

    private static void optional(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value != null) {
            element(xml, name, value);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static String timestamp(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS));
    }
}

package id.bansos.bank.camt;

import id.bansos.bank.statement.CreditDebit;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
        CamtEntryXml.openMessage(xml, NAMESPACE, "BkToCstmrStmt", messageId, createdAt);
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
        CamtEntryXml.element(xml, "Id", statement.id());
        CamtEntryXml.element(xml, "ElctrncSeqNb", Long.toString(statement.electronicSequenceNumber()));
        CamtEntryXml.element(xml, "CreDtTm", CamtEntryXml.timestamp(createdAt));
        CamtEntryXml.account(xml, statement.account(), statement.currency(), statement.servicerBic());
        balance(xml, "OPBD", statement.openingBalance(), statement.currency(), statement.openingDate());
        balance(xml, "CLBD", statement.closingBalance(), statement.currency(), statement.closingDate());
        BigDecimal running = statement.openingBalance();
        Iterator<Entry> entries = statement.entries();
        while (entries.hasNext()) {
            Entry entry = entries.next();
            CamtEntryXml.entry(xml, entry, statement.currency());
            running = running.add(entry.side().signed(entry.amount()));
        }
        xml.writeEndElement();
        if (running.compareTo(statement.closingBalance()) != 0) {
            throw new IllegalStateException("statement " + statement.id() + ": the entries add up to "
                    + running.toPlainString() + ", not to the closing balance "
                    + statement.closingBalance().toPlainString());
        }
    }

    private static void balance(XMLStreamWriter xml, String code, BigDecimal signed, String currency, LocalDate date)
            throws XMLStreamException {
        xml.writeStartElement("Bal");
        xml.writeStartElement("Tp");
        xml.writeStartElement("CdOrPrtry");
        CamtEntryXml.element(xml, "Cd", code);
        xml.writeEndElement();
        xml.writeEndElement();
        CamtEntryXml.amount(xml, "Amt", signed.abs(), currency);
        CamtEntryXml.element(xml, "CdtDbtInd", signed.signum() < 0 ? "DBIT" : "CRDT");
        CamtEntryXml.date(xml, "Dt", date);
        xml.writeEndElement();
    }
}

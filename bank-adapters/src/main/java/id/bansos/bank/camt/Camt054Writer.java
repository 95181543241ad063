package id.bansos.bank.camt;

import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes camt.054.001.08 debit/credit notifications entry by entry, like {@link Camt053Writer} writes statements:
 * the same {@link Camt053Writer.Entry entries}, streamed from an {@link Iterator}, accounts as {@code Othr/Id}, no
 * namespace prefix. A notification states no balances.
 */
public final class Camt054Writer {

    /** The namespace written. */
    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08";

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    /**
     * One notification to write ({@code Ntfctn}).
     *
     * @param id                       {@code Ntfctn/Id}
     * @param electronicSequenceNumber {@code ElctrncSeqNb}
     * @param account                  the account number ({@code Acct/Id/Othr/Id})
     * @param currency                 the account currency
     * @param servicerBic              the bank's BIC ({@code Acct/Svcr}), or {@code null}
     * @param entries                  the entries, consumed once
     */
    public record Notification(String id, long electronicSequenceNumber, String account, String currency,
                               String servicerBic, Iterator<Camt053Writer.Entry> entries) {
        public Notification {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(entries, "entries");
        }
    }

    /**
     * Writes one camt.054.001.08 message; the stream is flushed, not closed.
     *
     * @throws IllegalStateException when a batch's transactions do not add up to its entry (what was written must then
     *                               be discarded)
     * @throws XMLStreamException    when writing fails
     */
    public void write(OutputStream out, String messageId, OffsetDateTime createdAt, List<Notification> notifications)
            throws XMLStreamException {
        XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
        CamtEntryXml.openMessage(xml, NAMESPACE, "BkToCstmrDbtCdtNtfctn", messageId, createdAt);
        for (Notification notification : notifications) {
            xml.writeStartElement("Ntfctn");
            CamtEntryXml.element(xml, "Id", notification.id());
            CamtEntryXml.element(xml, "ElctrncSeqNb", Long.toString(notification.electronicSequenceNumber()));
            CamtEntryXml.element(xml, "CreDtTm", CamtEntryXml.timestamp(createdAt));
            CamtEntryXml.account(xml, notification.account(), notification.currency(), notification.servicerBic());
            Iterator<Camt053Writer.Entry> entries = notification.entries();
            while (entries.hasNext()) {
                CamtEntryXml.entry(xml, entries.next(), notification.currency());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}

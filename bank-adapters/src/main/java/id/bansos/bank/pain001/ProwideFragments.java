package id.bansos.bank.pain001;

import com.prowidesoftware.swift.model.mx.JaxbContextCacheImpl;
import com.prowidesoftware.swift.model.mx.JaxbContextLoader;
import com.prowidesoftware.swift.model.mx.adapters.TypeAdaptersConfiguration;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import javax.xml.namespace.QName;

/**
 * Marshals Prowide's pain.001.001.09 dictionary objects as XML fragments with JAXB, the way Prowide itself writes
 * them: the dictionary classes carry no namespace, so the elements come out unqualified and take the default namespace
 * the enclosing {@code Document} declares. One marshaller per file; the JAXB context is shared and cached.
 */
final class ProwideFragments {

    private static final JAXBContext CONTEXT = context();
    private static final byte[] PMT_INF_END = "</PmtInf>".getBytes(StandardCharsets.US_ASCII);

    private final Marshaller marshaller;

    ProwideFragments() {
        try {
            marshaller = CONTEXT.createMarshaller();
            for (XmlAdapter<?, ?> adapter : new TypeAdaptersConfiguration().asList()) {
                marshaller.setAdapter(adapter);
            }
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.FALSE);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create a JAXB marshaller for pain.001.001.09", e);
        }
    }

    private static JAXBContext context() {
        JaxbContextLoader loader = JaxbContextLoader.INSTANCE;
        synchronized (JaxbContextLoader.class) {
            if (loader.getCacheImpl() == null) {
                loader.setCacheImpl(new JaxbContextCacheImpl());
            }
        }
        try {
            return loader.get(PaymentInstruction30.class, new Class<?>[] {GroupHeader85.class,
                    PaymentInstruction30.class});
        } catch (JAXBException | ExecutionException e) {
            throw new IllegalStateException("cannot create the JAXB context for pain.001.001.09", e);
        }
    }

    /** Writes {@code <GrpHdr>…</GrpHdr>}. */
    void groupHeader(GroupHeader85 header, OutputStream out) throws IOException {
        marshal(new JAXBElement<>(new QName("GrpHdr"), GroupHeader85.class, header), out);
    }

    /**
     * Writes {@code <PmtInf>} with every child of the payment information except its transactions, and leaves the
     * element open for them to follow.
     */
    void openPaymentInformation(PaymentInstruction30 information, OutputStream out) throws IOException {
        if (!information.getCdtTrfTxInf().isEmpty()) {
            throw new IllegalArgumentException("the payment information header must not hold transactions");
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
        marshal(new JAXBElement<>(new QName("PmtInf"), PaymentInstruction30.class, information), buffer);
        byte[] bytes = buffer.toByteArray();
        int start = bytes.length - PMT_INF_END.length;
        if (start < 0 || !Arrays.equals(bytes, start, bytes.length, PMT_INF_END, 0, PMT_INF_END.length)) {
            throw new IllegalStateException("JAXB did not end the payment information with </PmtInf>");
        }
        out.write(bytes, 0, start);
    }

    /** Writes {@code <CdtTrfTxInf>…</CdtTrfTxInf>}. */
    void transaction(CreditTransferTransaction34 transaction, OutputStream out) throws IOException {
        marshal(new JAXBElement<>(new QName("CdtTrfTxInf"), CreditTransferTransaction34.class, transaction), out);
    }

    private void marshal(JAXBElement<?> element, OutputStream out) throws IOException {
        try {
            marshaller.marshal(element, out);
        } catch (JAXBException e) {
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("cannot marshal " + element.getName().getLocalPart() + ": " + e, e);
        }
    }
}

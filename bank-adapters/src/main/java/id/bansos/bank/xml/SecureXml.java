package id.bansos.bank.xml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one place XML readers are made. The factory is the JDK's own StAX implementation with DTD support, external
 * entities and entity replacement off, and no access to external DTDs or schemas; {@link XmlCursor} then refuses any
 * DTD or entity reference outright and enforces {@link XmlLimits}.
 */
public final class SecureXml {

    private static final XMLInputFactory FACTORY = newInputFactory();

    private SecureXml() {
    }

    /** A StAX input factory that processes no DTD, expands no entity and resolves nothing outside the file. */
    public static XMLInputFactory newInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not allowed: " + systemId);
        });
        return factory;
    }

    /** Opens a cursor over the stream; the stream is closed with the cursor. */
    public static XmlCursor open(InputStream in, XmlLimits limits) {
        LimitedInputStream limited = new LimitedInputStream(in, limits.maxBytes());
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(limited);
            return new XmlCursor(reader, limited, limits);
        } catch (XMLStreamException e) {
            throw new XmlReadException("not readable as XML: " + XmlCursor.plainMessage(e), -1, "", e);
        }
    }

    /** Counts bytes, fails past the limit, and remembers whether the end of the input was reached. */
    static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long count;
        private boolean exceeded;
        private boolean atEnd;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            account(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            account(n);
            return n;
        }

        private void account(int n) throws IOException {
            if (n < 0) {
                atEnd = true;
                return;
            }
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new IOException("the file is larger than the limit of " + limit + " bytes");
            }
        }

        boolean exceeded() {
            return exceeded;
        }

        boolean atEnd() {
            return atEnd;
        }

        long limit() {
            return limit;
        }
    }
}

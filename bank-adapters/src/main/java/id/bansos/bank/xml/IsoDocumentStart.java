package id.bansos.bank.xml;

/**
 * Where an ISO 20022 {@code Document} begins inside a file, after whatever wraps it (a Swift {@code Envelope}, a
 * {@code <message>} root, a business application header).
 *
 * @param namespace        the Document's namespace URI, empty when it has none
 * @param message          the message the namespace names, or {@code null}
 * @param rootElement      the Document's first child, such as {@code BkToCstmrStmt}
 * @param appHdrMessage    the {@code AppHdr/MsgDefIdr} seen before the Document, or {@code null}
 * @param wrapper          the file's root element when it is not the Document, or {@code null}
 * @param rootDepth        the depth of {@code rootElement}, for {@link XmlCursor#nextChild(int)}
 * @param line             the line of the Document's start tag
 */
public record IsoDocumentStart(String namespace, IsoMessageName message, String rootElement, String appHdrMessage,
                               String wrapper, int rootDepth, int line) {

    /** The message name from the namespace, or a description of what was found instead. */
    public String describe() {
        if (message != null) {
            return message.name();
        }
        return namespace.isEmpty() ? "a Document without namespace" : "a Document in namespace " + namespace;
    }

    /**
     * Moves the cursor to the first child of the {@code Document} element and describes what was found.
     *
     * @throws XmlReadException when the file holds no Document or an empty one
     */
    public static IsoDocumentStart find(XmlCursor cursor) {
        String wrapper = null;
        String appHdrMessage = null;
        while (cursor.nextElement()) {
            String name = cursor.localName();
            if (name.equals("Document")) {
                String namespace = cursor.namespace();
                int line = cursor.line();
                int depth = cursor.depth();
                if (!cursor.nextChild(depth)) {
                    throw new XmlReadException("the <Document> element is empty", line, cursor.path(), null);
                }
                IsoMessageName message = IsoMessageName.fromNamespace(namespace).orElse(null);
                return new IsoDocumentStart(namespace, message, cursor.localName(), appHdrMessage, wrapper,
                        cursor.depth(), line);
            }
            if (name.equals("AppHdr")) {
                appHdrMessage = cursor.readNode().text("MsgDefIdr");
            } else if (wrapper == null && cursor.depth() == 1) {
                wrapper = name;
            }
        }
        throw new XmlReadException("no ISO 20022 <Document> element found", cursor.line(), "", null);
    }
}

package id.bansos.bank.xml;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.ENTITY_REFERENCE;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A forward-only walk over an XML stream that enforces {@link XmlLimits}, refuses DTDs and entity references, and
 * knows the path of open elements, so that every failure names its line and element. Subtrees can be read into
 * {@link XmlNode}s one at a time; the document as a whole is never held in memory.
 *
 * <p>Depth counts open elements: on the start of the root it is 1; after an element's end it is that of its parent.
 */
public final class XmlCursor implements AutoCloseable {

    private final XMLStreamReader reader;
    private final SecureXml.LimitedInputStream input;
    private final XmlLimits limits;
    private final List<String> open = new ArrayList<>();
    private boolean ended;

    XmlCursor(XMLStreamReader reader, SecureXml.LimitedInputStream input, XmlLimits limits) {
        this.reader = reader;
        this.input = input;
        this.limits = limits;
    }

    /** Advances to the next start element anywhere below; false at the end of the document. */
    public boolean nextElement() {
        while (!ended) {
            if (next() == START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * Advances to the next child of the element open at {@code parentDepth}, skipping anything deeper that was not
     * read; false once that element ends.
     */
    public boolean nextChild(int parentDepth) {
        while (!ended) {
            int event = next();
            if (event == START_ELEMENT && open.size() == parentDepth + 1) {
                return true;
            }
            if (event == END_ELEMENT && open.size() < parentDepth) {
                return false;
            }
        }
        return false;
    }

    /** Reads the element the cursor is on, with its subtree; the cursor ends on its end tag. */
    public XmlNode readNode() {
        int[] budget = {limits.maxSubtreeElements()};
        return readNode(budget);
    }

    /** Reads the text of the element the cursor is on, ignoring any child elements. */
    public String readText() {
        return readNode().text();
    }

    /** Skips the element the cursor is on, with its subtree. */
    public void skip() {
        int depth = open.size();
        while (!ended) {
            if (next() == END_ELEMENT && open.size() < depth) {
                return;
            }
        }
    }

    /** Local name of the current element. */
    public String localName() {
        return reader.getLocalName();
    }

    /** Namespace URI of the current element, or the empty string. */
    public String namespace() {
        String ns = reader.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    /** Number of open elements. */
    public int depth() {
        return open.size();
    }

    /** The line the parser is on. */
    public int line() {
        return reader.getLocation().getLineNumber();
    }

    /** The open elements as a path, such as {@code /Document/BkToCstmrStmt/Stmt}. */
    public String path() {
        return open.isEmpty() ? "" : "/" + String.join("/", open);
    }

    @Override
    public void close() {
        try {
            reader.close();
            input.close();
        } catch (XMLStreamException | java.io.IOException e) {
            throw new XmlReadException("could not close the XML stream: " + e.getMessage(), -1, "", e);
        }
    }

    private XmlNode readNode(int[] budget) {
        if (--budget[0] < 0) {
            throw refused("more than " + limits.maxSubtreeElements() + " elements in one block");
        }
        String name = reader.getLocalName();
        int line = line();
        Map<String, String> attributes = attributes();
        List<XmlNode> children = null;
        String firstText = null;
        StringBuilder moreText = null;
        int textLength = 0;
        int depth = open.size();
        while (!ended) {
            int event = next();
            if (event == START_ELEMENT) {
                if (children == null) {
                    children = new ArrayList<>();
                }
                children.add(readNode(budget));
            } else if (event == CHARACTERS || event == CDATA || event == SPACE) {
                textLength += reader.getTextLength();
                if (textLength > limits.maxTextLength()) {
                    throw refused("text longer than " + limits.maxTextLength() + " characters in <" + name + ">");
                }
                if (firstText == null) {
                    firstText = reader.getText();
                } else {
                    if (moreText == null) {
                        moreText = new StringBuilder(firstText);
                    }
                    moreText.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                }
            } else if (event == END_ELEMENT && open.size() < depth) {
                break;
            }
        }
        String text = moreText != null ? moreText.toString() : firstText == null ? "" : firstText;
        return new XmlNode(name, attributes, text.strip(), children == null ? List.of() : children, line);
    }

    private Map<String, String> attributes() {
        int count = reader.getAttributeCount();
        if (count == 0) {
            return Map.of();
        }
        if (count == 1) {
            return Map.of(reader.getAttributeLocalName(0), reader.getAttributeValue(0));
        }
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < count; i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return attributes;
    }

    private int next() {
        try {
            if (!reader.hasNext()) {
                ended = true;
                return END_DOCUMENT;
            }
            int event = reader.next();
            switch (event) {
                case START_ELEMENT -> opened();
                case END_ELEMENT -> open.remove(open.size() - 1);
                case END_DOCUMENT -> ended = true;
                case DTD -> throw refused("a document type declaration (DTD) is not allowed; the file is refused");
                case ENTITY_REFERENCE -> throw refused("the entity reference &" + reader.getLocalName()
                        + "; is not allowed (no entities are expanded); the file is refused");
                default -> {
                }
            }
            return event;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    private void opened() {
        open.add(reader.getLocalName());
        if (open.size() > limits.maxDepth()) {
            throw refused("elements nested deeper than " + limits.maxDepth() + " levels");
        }
        if (reader.getAttributeCount() > limits.maxAttributes()) {
            throw refused("<" + reader.getLocalName() + "> has " + reader.getAttributeCount()
                    + " attributes, more than the limit of " + limits.maxAttributes());
        }
    }

    private XmlReadException refused(String reason) {
        return new XmlReadException(reason, line(), path(), null);
    }

    private XmlReadException failure(XMLStreamException e) {
        Location at = e.getLocation();
        int line = at == null ? line() : at.getLineNumber();
        if (input.exceeded()) {
            return new XmlReadException("the file is larger than the limit of " + input.limit() + " bytes",
                    line, path(), e);
        }
        if (input.atEnd() && !open.isEmpty()) {
            return new XmlReadException("the file ends before <" + open.get(open.size() - 1)
                    + "> is closed: it is truncated", line, path(), e);
        }
        return new XmlReadException("not well-formed XML: " + plainMessage(e), line, path(), e);
    }

    static String plainMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }
}

package id.bansos.bank.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One element read into memory with its subtree: a small, immutable tree for the part of a document being looked at
 * (one entry, one transaction), matched by local name so that prefixes and namespace variants do not matter.
 *
 * @param name       local name
 * @param attributes attributes by local name
 * @param text       the element's own text, trimmed; empty when it has none
 * @param children   child elements in document order
 * @param line       the line the element starts on
 */
public record XmlNode(String name, Map<String, String> attributes, String text, List<XmlNode> children, int line) {

    public XmlNode {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /** The first child with this local name, or {@code null}. */
    public XmlNode child(String childName) {
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** All children with this local name. */
    public List<XmlNode> children(String childName) {
        List<XmlNode> found = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                found.add(c);
            }
        }
        return found;
    }

    /** The element at this path of local names below this one, or {@code null}. */
    public XmlNode find(String... path) {
        XmlNode node = this;
        for (String step : path) {
            node = node.child(step);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** The text of the element at this path, or {@code null} when it is absent or empty. */
    public String text(String... path) {
        XmlNode node = find(path);
        return node == null || node.text.isEmpty() ? null : node.text;
    }

    /** An attribute by local name, or {@code null}. */
    public String attribute(String localName) {
        return attributes.get(localName);
    }
}

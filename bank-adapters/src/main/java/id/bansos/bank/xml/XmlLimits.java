package id.bansos.bank.xml;

/**
 * Limits that every XML reader enforces while it reads, so that a hostile or broken file is refused before it can
 * exhaust memory.
 *
 * @param maxBytes            the largest file, in bytes
 * @param maxDepth            the deepest element nesting
 * @param maxAttributes       the most attributes on one element (namespace declarations are not counted)
 * @param maxTextLength       the longest text content of one element, in characters
 * @param maxSubtreeElements  the most elements in one subtree read into memory at once (one entry, one transaction)
 */
public record XmlLimits(long maxBytes, int maxDepth, int maxAttributes, int maxTextLength, int maxSubtreeElements) {

    /** 4 GiB, 64 levels, 32 attributes, 64 Ki characters of text, 10,000 elements per subtree. */
    public static XmlLimits defaults() {
        return new XmlLimits(4L * 1024 * 1024 * 1024, 64, 32, 64 * 1024, 10_000);
    }

    public XmlLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxAttributes < 0 || maxTextLength <= 0 || maxSubtreeElements <= 0) {
            throw new IllegalArgumentException("XML limits must be positive");
        }
    }

    /** The same limits with another maximum file size. */
    public XmlLimits withMaxBytes(long bytes) {
        return new XmlLimits(bytes, maxDepth, maxAttributes, maxTextLength, maxSubtreeElements);
    }
}

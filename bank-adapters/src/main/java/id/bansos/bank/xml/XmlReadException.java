package id.bansos.bank.xml;

/**
 * An XML file that cannot be read: not well-formed, truncated, or refused because it breaks a safety rule (a DTD, an
 * entity reference, a limit). The message names the line and the element path where reading stopped.
 */
public final class XmlReadException extends RuntimeException {

    private final int line;
    private final String elementPath;
    private final String reason;

    public XmlReadException(String reason, int line, String elementPath, Throwable cause) {
        super(describe(reason, line, elementPath), cause);
        this.reason = reason;
        this.line = line;
        this.elementPath = elementPath;
    }

    /** The line where reading stopped, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** The path of the elements open when reading stopped, such as {@code /Document/BkToCstmrStmt/Stmt/Ntry}. */
    public String elementPath() {
        return elementPath;
    }

    /** Why reading stopped, without the location. */
    public String reason() {
        return reason;
    }

    /** Where reading stopped, as "line N, in /path" or whatever part of it is known. */
    public String location() {
        return location(line, elementPath);
    }

    static String location(int line, String elementPath) {
        String at = line > 0 ? "line " + line : "";
        if (elementPath == null || elementPath.isEmpty()) {
            return at;
        }
        return at.isEmpty() ? elementPath : at + ", in " + elementPath;
    }

    private static String describe(String reason, int line, String elementPath) {
        String where = location(line, elementPath);
        return where.isEmpty() ? reason : where + ": " + reason;
    }
}

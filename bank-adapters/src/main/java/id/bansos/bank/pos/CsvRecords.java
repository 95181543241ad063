package id.bansos.bank.pos;

import java.io.IOException;
import java.io.Reader;
import id.bansos.bank.statement.ProblemLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads RFC 4180 records one at a time: comma-separated, a field enclosed in double quotes may hold commas, quotes
 * (doubled) and line breaks; lines end in LF or CRLF; blank lines are skipped. A leading byte-order mark is dropped.
 */
public final class CsvRecords {

    /**
     * The position of each column in a header record, names compared without case or surrounding blanks; null, with
     * every unknown, repeated or missing column logged against the header's line, when the header is not
     * {@code expected}.
     */
    public static Map<String, Integer> columns(Record header, List<String> expected, ProblemLog log) {
        Map<String, Integer> columns = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!expected.contains(name)) {
                log.error("line " + header.line(), name, "unknown column '" + header.fields().get(i)
                        + "'; the columns are " + String.join(", ", expected));
                ok = false;
            } else if (columns.putIfAbsent(name, i) != null) {
                log.error("line " + header.line(), name, "column '" + name + "' appears twice");
                ok = false;
            }
        }
        for (String required : expected) {
            if (!columns.containsKey(required)) {
                log.error("line " + header.line(), required, "missing column '" + required + "'");
                ok = false;
            }
        }
        return ok ? columns : null;
    }

    /** One record and the line it starts on. */
    public record Record(List<String> fields, int line) {
    }

    /** A record that breaks the CSV syntax. */
    public static final class SyntaxException extends Exception {
        private final int line;

        SyntaxException(String message, int line) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final Reader reader;
    private final int maxFieldLength;
    private int line = 1;
    private int pending = -2;
    private boolean started;

    public CsvRecords(Reader reader, int maxFieldLength) {
        this.reader = reader;
        this.maxFieldLength = maxFieldLength;
    }

    /** The next record, or {@code null} at the end. */
    public Record next() throws IOException, SyntaxException {
        while (true) {
            int c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '\r' && peek() == '\n') {
                continue;
            }
            unread(c);
            return record();
        }
    }

    private Record record() throws IOException, SyntaxException {
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == -1) {
                    throw new SyntaxException("the file ends inside a quoted field", start);
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        append(field, '"', start);
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append(field, (char) c, start);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == -1 || c == '\r' && peek() == '\n') {
                if (c == '\r') {
                    read();
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return new Record(fields, start);
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new SyntaxException("a double quote inside an unquoted field (column "
                            + (fields.size() + 1) + ")", line);
                }
                quoted = true;
                wasQuoted = true;
            } else {
                if (wasQuoted) {
                    throw new SyntaxException("text after a closing quote (column " + (fields.size() + 1) + ")",
                            line);
                }
                append(field, (char) c, start);
            }
        }
    }

    private void append(StringBuilder field, char c, int start) throws SyntaxException {
        if (field.length() >= maxFieldLength) {
            throw new SyntaxException("a field longer than " + maxFieldLength + " characters", start);
        }
        field.append(c);
    }

    private int read() throws IOException {
        int c;
        if (pending != -2) {
            c = pending;
            pending = -2;
        } else {
            c = reader.read();
            if (!started && c == '\uFEFF') {
                c = reader.read();
            }
            started = true;
        }
        return c;
    }

    private int peek() throws IOException {
        int c = read();
        unread(c);
        return c;
    }

    private void unread(int c) {
        pending = c;
    }
}

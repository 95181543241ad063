package id.bansos.ledger.roster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 records (comma-separated, double-quoted fields with {@code ""} escapes, quoted fields may span
 * lines) from a reader, one record at a time, with the file line it starts on.
 */
public final class CsvRecords {

    private final BufferedReader in;
    private int line;

    public CsvRecords(BufferedReader in) {
        this.in = in;
    }

    /**
     * One record.
     *
     * @param line        the 1-based line number the record starts on
     * @param fields      its fields, unquoted
     * @param unterminated true when the file ended inside a quoted field
     */
    public record Csv(int line, List<String> fields, boolean unterminated) {
    }

    /** The next record, or null at the end of the file. Blank lines are skipped. */
    public Csv next() {
        try {
            String text = in.readLine();
            line++;
            while (text != null && text.isBlank()) {
                text = in.readLine();
                line++;
            }
            if (text == null) {
                return null;
            }
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (true) {
                if (i == text.length()) {
                    if (!quoted) {
                        fields.add(field.toString());
                        return new Csv(start, fields, false);
                    }
                    String more = in.readLine();
                    if (more == null) {
                        fields.add(field.toString());
                        return new Csv(start, fields, true);
                    }
                    line++;
                    field.append('\n');
                    text = more;
                    i = 0;
                    continue;
                }
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quotes a field when it holds a comma, a quote or a line break. */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

package id.bansos.ledger.roster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 records (comma-separated, double-quoted fields with {@code ""} escapes, quoted fields may span
 * lines) from a reader, one record at a time, with the file line it starts on. A byte-order mark opening the first
 * line is dropped.
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
            if (line == 1 && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
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
}

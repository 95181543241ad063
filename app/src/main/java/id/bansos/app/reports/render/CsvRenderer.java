package id.bansos.app.reports.render;

import id.bansos.app.reports.Column;
import id.bansos.app.reports.ReportDocument;
import id.bansos.app.reports.ReportFormat;
import id.bansos.app.reports.ReportTable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * CSV as RFC 4180 writes it: UTF-8, CRLF line ends, a field quoted when it holds a comma, a quote or a line end (its
 * quotes doubled). One heading line in the document's language, one line per row, the totals line last; rupiah as
 * plain whole numbers, days as {@code yyyy-MM-dd}. Title, filters and notes are left out, so the file is one table.
 */
@Component
public class CsvRenderer implements ReportRenderer {

    @Override
    public ReportFormat format() {
        return ReportFormat.CSV;
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        ReportTable table = document.table();
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        List<String> headings = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            headings.add(document.heading(c));
        }
        line(w, headings);
        for (List<Object> row : table.rows()) {
            line(w, cells(document, row));
        }
        if (table.totals() != null) {
            line(w, cells(document, table.totals()));
        }
        w.flush();
    }

    private static List<String> cells(ReportDocument document, List<Object> row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            Object cell = row.get(c);
            Column column = document.table().columns().get(c);
            cells.add(cell instanceof Long n ? Long.toString(n) : document.text(column, cell));
        }
        return cells;
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quoted(fields.get(i)));
        }
        w.write("\r\n");
    }

    /** A field as RFC 4180 writes it. */
    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}

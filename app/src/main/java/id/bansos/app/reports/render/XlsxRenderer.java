package id.bansos.app.reports.render;

import id.bansos.app.reports.Column;
import id.bansos.app.reports.ReportDocument;
import id.bansos.app.reports.ReportFormat;
import id.bansos.app.reports.ReportTable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * An Excel workbook of one sheet, streamed (SXSSF keeps only a window of rows in memory, so a report of every
 * region's lines fits): title, when made and the filters; the headings; one row per row; the totals row in bold; the
 * notes. Counts and rupiah are numeric cells (rupiah with the {@code "Rp "#,##0} format), days are date cells.
 */
@Component
public class XlsxRenderer implements ReportRenderer {

    private static final int ROWS_IN_MEMORY = 200;

    @Override
    public ReportFormat format() {
        return ReportFormat.XLSX;
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Styles styles = new Styles(book);
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(document.title()));
            int r = 0;
            text(sheet.createRow(r++), 0, document.title(), styles.bold);
            text(sheet.createRow(r++), 0, document.generatedAtLabel() + ": " + document.generatedAt(), null);
            for (String filter : document.filters()) {
                text(sheet.createRow(r++), 0, filter, null);
            }
            r++;
            ReportTable table = document.table();
            Row headings = sheet.createRow(r++);
            for (int c = 0; c < table.columns().size(); c++) {
                text(headings, c, document.heading(c), styles.bold);
            }
            for (List<Object> row : table.rows()) {
                write(sheet.createRow(r++), document, row, styles, false);
            }
            if (table.totals() != null) {
                write(sheet.createRow(r++), document, table.totals(), styles, true);
            }
            r++;
            for (String note : document.notes()) {
                text(sheet.createRow(r++), 0, note, null);
            }
            book.write(out);
        } finally {
            book.close();
            book.dispose();
        }
    }

    private static void write(Row row, ReportDocument document, List<Object> cells, Styles styles, boolean total) {
        List<Column> columns = document.table().columns();
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            Column column = columns.get(c);
            if (value instanceof Long n) {
                Cell cell = row.createCell(c);
                cell.setCellValue(n);
                cell.setCellStyle(column.kind() == Column.Kind.AMOUNT ? (total ? styles.boldRupiah : styles.rupiah)
                        : (total ? styles.boldCount : styles.count));
            } else if (value instanceof LocalDate d) {
                Cell cell = row.createCell(c);
                cell.setCellValue(d);
                cell.setCellStyle(styles.date);
            } else if (value != null) {
                text(row, c, document.text(column, value), total ? styles.bold : null);
            }
        }
    }

    private static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The workbook's cell styles, made once per workbook. */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle rupiah;
        final CellStyle boldRupiah;
        final CellStyle count;
        final CellStyle boldCount;
        final CellStyle date;

        Styles(SXSSFWorkbook book) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            short rupiahFormat = book.createDataFormat().getFormat("\"Rp \"#,##0");
            short countFormat = book.createDataFormat().getFormat("#,##0");
            bold = book.createCellStyle();
            bold.setFont(boldFont);
            rupiah = book.createCellStyle();
            rupiah.setDataFormat(rupiahFormat);
            boldRupiah = book.createCellStyle();
            boldRupiah.setDataFormat(rupiahFormat);
            boldRupiah.setFont(boldFont);
            count = book.createCellStyle();
            count.setDataFormat(countFormat);
            boldCount = book.createCellStyle();
            boldCount.setDataFormat(countFormat);
            boldCount.setFont(boldFont);
            date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }
}

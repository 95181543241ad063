package id.bansos.app.reports;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads downloaded report files back: CSV records, an XLSX sheet's rows, a PDF's text. */
final class ReportFiles {

    private ReportFiles() {
    }

    /** The records of a CSV file as RFC 4180 reads them (quoted fields, doubled quotes, CRLF line ends). */
    static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }

    /** Every row of the workbook's first sheet: numeric cells as {@code Long}, text as {@code String}. */
    static List<List<Object>> xlsx(byte[] bytes) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            List<List<Object>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? null : cell.getCellType() == CellType.NUMERIC
                            ? (Object) (long) cell.getNumericCellValue() : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    /** The number format of the cell at {@code row}, {@code column} of the first sheet. */
    static String xlsxFormat(byte[] bytes, int row, int column) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return book.getSheetAt(0).getRow(row).getCell(column).getCellStyle().getDataFormatString();
        }
    }

    /** The text of every page, and how many pages there are. */
    static Pdf pdf(byte[] bytes) throws IOException {
        PdfReader reader = new PdfReader(bytes);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p)).append('\n');
            }
            float width = reader.getPageSizeWithRotation(1).getWidth();
            float height = reader.getPageSizeWithRotation(1).getHeight();
            return new Pdf(reader.getNumberOfPages(), text.toString(), width > height);
        } finally {
            reader.close();
        }
    }

    /** A PDF read back. */
    record Pdf(int pages, String text, boolean landscape) {
    }
}

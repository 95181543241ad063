package id.bansos.app.reports.render;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.bansos.app.reports.Column;
import id.bansos.app.reports.ReportDocument;
import id.bansos.app.reports.ReportTable;
import id.bansos.app.reports.ReportFormat;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A PDF on A4 landscape pages: the title, when made and the filters; the table with its headings repeated on every
 * page, rupiah as {@code Rp 1.500.000} aligned right, the totals row in bold; the notes. Rows are handed to the
 * document in chunks, so a long report does not sit in memory whole.
 */
@Component
public class PdfRenderer implements ReportRenderer {

    private static final int ROWS_PER_CHUNK = 500;
    private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font PLAIN = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font CELL = new Font(Font.HELVETICA, 7, Font.NORMAL);
    private static final Font CELL_BOLD = new Font(Font.HELVETICA, 7, Font.BOLD);
    private static final Color HEADING = new Color(0xee, 0xf2, 0xf5);

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        Document pdf = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            pdf.addTitle(document.title());
            pdf.addCreator("bansos-ledger");
            pdf.open();
            pdf.add(new Paragraph(document.title(), TITLE));
            pdf.add(new Paragraph(document.generatedAtLabel() + ": " + document.generatedAt(), PLAIN));
            for (String filter : document.filters()) {
                pdf.add(new Paragraph(filter, PLAIN));
            }
            pdf.add(table(pdf, document));
            for (String note : document.notes()) {
                pdf.add(new Paragraph(note, PLAIN));
            }
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be written: " + e.getMessage(), e);
        } finally {
            pdf.close();
        }
    }

    private static PdfPTable table(Document pdf, ReportDocument document) {
        ReportTable table = document.table();
        PdfPTable t = new PdfPTable(table.columns().size());
        t.setWidthPercentage(100);
        t.setSpacingBefore(8);
        t.setSpacingAfter(8);
        t.setHeaderRows(1);
        t.setComplete(false);
        for (int c = 0; c < table.columns().size(); c++) {
            PdfPCell cell = new PdfPCell(new Phrase(document.heading(c), CELL_BOLD));
            cell.setBackgroundColor(HEADING);
            t.addCell(cell);
        }
        int added = 0;
        for (List<Object> row : table.rows()) {
            row(t, document, row, CELL);
            if (++added % ROWS_PER_CHUNK == 0) {
                pdf.add(t);
            }
        }
        if (table.totals() != null) {
            row(t, document, table.totals(), CELL_BOLD);
        }
        t.setComplete(true);
        return t;
    }

    private static void row(PdfPTable t, ReportDocument document, List<Object> cells, Font font) {
        for (int c = 0; c < cells.size(); c++) {
            Column column = document.table().columns().get(c);
            PdfPCell cell = new PdfPCell(new Phrase(document.text(column, cells.get(c)), font));
            if (column.summed()) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            t.addCell(cell);
        }
    }
}

package id.bansos.app.reports.render;

import id.bansos.app.reports.ReportDocument;
import id.bansos.app.reports.ReportFormat;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a report document in one file format; one implementation per {@link ReportFormat}. */
public interface ReportRenderer {

    /** The format this renderer writes. */
    ReportFormat format();

    /** Writes {@code document} to {@code out}, leaving {@code out} open. */
    void render(ReportDocument document, OutputStream out) throws IOException;
}

package id.bansos.app.reports;

import java.util.Locale;

/** The file formats a report is downloaded in. */
public enum ReportFormat {
    /** Comma-separated values, UTF-8, RFC 4180 quoting, rupiah as plain whole numbers. */
    CSV("text/csv;charset=UTF-8"),
    /** An Excel workbook: numbers as numeric cells, rupiah with a Rp number format. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** A PDF document, A4 landscape. */
    PDF("application/pdf");

    private final String contentType;

    ReportFormat(String contentType) {
        this.contentType = contentType;
    }

    /** The HTTP content type of a file in this format. */
    public String contentType() {
        return contentType;
    }

    /** The file name extension, e.g. {@code csv}. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code csv}, {@code xlsx} or {@code pdf}, in any case. */
    public static ReportFormat named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no report format " + name + "; csv, xlsx or pdf", e);
        }
    }
}

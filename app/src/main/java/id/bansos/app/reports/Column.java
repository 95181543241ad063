package id.bansos.app.reports;

/**
 * One column of a report: its label key ({@code report.col.<key>} in the messages) and what its cells hold.
 *
 * @param key  the column's name in files and the label key's last part, e.g. {@code credited}
 * @param kind what its cells hold, which decides how each format writes them
 */
public record Column(String key, Kind kind) {

    /** What a column's cells hold. */
    public enum Kind {
        /** Words or codes. */
        TEXT,
        /** A count of households, lines or payments ({@code long}). */
        COUNT,
        /** Whole rupiah ({@code long}); never a fraction. */
        AMOUNT,
        /** A day ({@code LocalDate}), or empty. */
        DATE
    }

    /** A text column. */
    public static Column text(String key) {
        return new Column(key, Kind.TEXT);
    }

    /** A count column. */
    public static Column count(String key) {
        return new Column(key, Kind.COUNT);
    }

    /** A rupiah column. */
    public static Column amount(String key) {
        return new Column(key, Kind.AMOUNT);
    }

    /** A date column. */
    public static Column date(String key) {
        return new Column(key, Kind.DATE);
    }

    /** Whether the column holds numbers that add up in a totals row. */
    public boolean summed() {
        return kind == Kind.COUNT || kind == Kind.AMOUNT;
    }
}

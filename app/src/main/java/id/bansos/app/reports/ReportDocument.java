package id.bansos.app.reports;

import id.bansos.ledger.kpm.HouseholdTimeline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A report as it is written out, in one language: the table, its words (title, column headings, filter names, notes)
 * and when it was made. Every format and the screen write the same document.
 */
public final class ReportDocument {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'WIB'");

    private final ReportTable table;
    private final BiFunction<String, Object[], String> messages;
    private final Locale locale;
    private final Instant generatedAt;

    /**
     * @param messages a message by key with its arguments, in the document's language
     */
    public ReportDocument(ReportTable table, BiFunction<String, Object[], String> messages, Locale locale,
                          Instant generatedAt) {
        this.table = table;
        this.messages = messages;
        this.locale = locale;
        this.generatedAt = generatedAt;
    }

    /** The figures. */
    public ReportTable table() {
        return table;
    }

    /** The document's language. */
    public Locale locale() {
        return locale;
    }

    /** The report's title, e.g. "Laporan penyaluran". */
    public String title() {
        return messages.apply("report." + table.name() + ".title", new Object[0]);
    }

    /** When the figures were read, in WIB. */
    public String generatedAt() {
        return AT.format(generatedAt.atZone(WIB));
    }

    /** The heading "Dibuat"/"Generated" in the document's language. */
    public String generatedAtLabel() {
        return messages.apply("report.generatedAt", new Object[0]);
    }

    /** Each filter given, as "Program: SEMBAKO", in order. */
    public List<String> filters() {
        return table.filter().given().entrySet().stream().map(this::filter).toList();
    }

    private String filter(Map.Entry<String, String> f) {
        return messages.apply("report.filter." + f.getKey(), new Object[0]) + ": " + f.getValue();
    }

    /** The heading of column {@code c}. */
    public String heading(int c) {
        return messages.apply("report.col." + table.columns().get(c).key(), new Object[0]);
    }

    /** The notes under the table, in words; amounts as {@code Rp 1.500.000}. */
    public List<String> notes() {
        return table.notes().stream().map(n -> messages.apply("report.note." + n.key(),
                n.args().stream().map(a -> a instanceof Long l ? HouseholdTimeline.rupiah(l) : a).toArray())).toList();
    }

    /**
     * A cell as words: counts as digits, rupiah as {@code Rp 1.500.000}, days as {@code 2026-10-05}, the totals
     * marker as "Jumlah"/"Total".
     */
    public String text(Column column, Object cell) {
        if (cell == null) {
            return "";
        }
        if (ReportTable.TOTAL.equals(cell)) {
            return totalLabel();
        }
        if (column.kind() == Column.Kind.AMOUNT) {
            return HouseholdTimeline.rupiah((Long) cell);
        }
        if (cell instanceof LocalDate d) {
            return d.toString();
        }
        return cell.toString();
    }

    /** The word for a totals row. */
    public String totalLabel() {
        return messages.apply("report.total", new Object[0]);
    }
}

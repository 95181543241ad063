package id.bansos.app.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A report's figures, the one model that the screen and every file format are made from: its name, the filters it
 * was made for, its columns, its rows, a totals row, and notes (checks that the figures hold together). Labels are
 * message keys, so one table is written in either language.
 *
 * @param name   the report's name, e.g. {@code disbursement}
 * @param rows   one list of cells per row, in column order: {@code String}, {@code Long} or {@code LocalDate}
 * @param totals the totals row (summed columns added up; the first text cell says "total"), or null
 * @param notes  checks and remarks, as message keys with their arguments
 */
public record ReportTable(String name, ReportFilter filter, List<Column> columns, List<List<Object>> rows,
                          List<Object> totals, List<Note> notes) {

    /** The marker a totals row carries in its first text cell; writers put the word "Jumlah"/"Total" there. */
    public static final String TOTAL = "\u2211";

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /**
     * A remark under the table.
     *
     * @param key  its message key ({@code report.note.<key>})
     * @param args what the message names, amounts as {@code Long}
     */
    public record Note(String key, List<Object> args) {

        public Note {
            args = List.copyOf(args);
        }
    }

    /** A table with a totals row adding up every summed column of {@code rows}. */
    public static ReportTable totalled(String name, ReportFilter filter, List<Column> columns,
                                       List<List<Object>> rows, List<Note> notes) {
        List<Object> totals = new ArrayList<>();
        boolean labelled = false;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (column.summed()) {
                long sum = 0;
                for (List<Object> row : rows) {
                    sum = Math.addExact(sum, (Long) row.get(c));
                }
                totals.add(sum);
            } else {
                totals.add(labelled ? "" : TOTAL);
                labelled = true;
            }
        }
        return new ReportTable(name, filter, columns, rows, totals, notes);
    }

    /** The same table with {@code note} added under it. */
    public ReportTable withNote(Note note) {
        List<Note> more = new ArrayList<>(notes);
        more.add(note);
        return new ReportTable(name, filter, columns, rows, totals, more);
    }

    /** The index of a column by its key. */
    public int column(String key) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).key().equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no column " + key + " in report " + name);
    }

    /** The total of a summed column. */
    public long total(String key) {
        return (Long) totals.get(column(key));
    }
}

package id.bansos.app.console.dashboard;

import java.util.List;

/**
 * Payment lines and rupiah under one key (a program, a channel, a status, a flag type or an age band), with the length
 * of its bar in a chart: its amount as a share of the largest amount in its chart, 0 to 100.
 */
public record Figure(String key, long count, long amount, int bar) {

    /** The figures of one chart, each with its bar drawn against the largest amount among them. */
    public static List<Figure> chart(List<Figure> figures) {
        long largest = figures.stream().mapToLong(Figure::amount).max().orElse(0);
        return figures.stream().map(f -> new Figure(f.key(), f.count(), f.amount(),
                largest == 0 ? 0 : (int) Math.round(100.0 * f.amount() / largest))).toList();
    }

    /** The lines of all the figures. */
    public static long count(List<Figure> figures) {
        return figures.stream().mapToLong(Figure::count).sum();
    }

    /** The rupiah of all the figures. */
    public static long amount(List<Figure> figures) {
        return figures.stream().mapToLong(Figure::amount).sum();
    }
}

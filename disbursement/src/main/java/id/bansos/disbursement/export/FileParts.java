package id.bansos.disbursement.export;

import id.bansos.disbursement.batch.readmodel.BatchLines.Line;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Splits a batch's lines, in the order they are written, into files: a new file per group and per limit reached. */
public final class FileParts {

    /** The most files a batch may have: file sequences have three digits. */
    public static final int MAX_FILES = 999;

    private FileParts() {
    }

    /**
     * The files {@code lines} make: consecutive lines of one group, at most {@code maxLinesPerFile} to a file.
     *
     * @throws IllegalArgumentException when that would take more than {@link #MAX_FILES} files
     */
    public static List<FilePart> of(Iterator<Line> lines, Function<Line, String> group, int maxLinesPerFile) {
        List<FilePart> parts = new ArrayList<>();
        String current = null;
        long count = 0;
        long sum = 0;
        while (lines.hasNext()) {
            Line line = lines.next();
            String lineGroup = group.apply(line);
            if (current != null && (!current.equals(lineGroup) || count == maxLinesPerFile)) {
                parts.add(new FilePart(parts.size() + 1, current, count, sum));
                count = 0;
                sum = 0;
            }
            current = lineGroup;
            count++;
            sum = Math.addExact(sum, line.amount());
        }
        if (current != null) {
            parts.add(new FilePart(parts.size() + 1, current, count, sum));
        }
        if (parts.size() > MAX_FILES) {
            throw new IllegalArgumentException("the batch needs " + parts.size() + " files, more than " + MAX_FILES
                    + "; raise the channel's lines per file");
        }
        return parts;
    }

    /** The next {@code count} lines of {@code lines}, mapped; the caller consumes them all before going on. */
    public static <T> Iterator<T> take(Iterator<Line> lines, long count, Function<Line, T> mapping) {
        return new Iterator<>() {
            private long left = count;

            @Override
            public boolean hasNext() {
                return left > 0 && lines.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                left--;
                return mapping.apply(lines.next());
            }
        };
    }
}

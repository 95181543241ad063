package id.bansos.disbursement.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How an approved batch's files are written, fixed once so that every later export writes the same bytes.
 *
 * @param requestedExecutionDate the date the bank is asked to execute the files (PT Pos: the first collection day)
 * @param createdAt              the files' creation time, to the second
 * @param maxLinesPerFile        the most lines one file carries; larger batches are split into parts
 */
public record ExportPlan(LocalDate requestedExecutionDate, Instant createdAt, int maxLinesPerFile) {

    public ExportPlan {
        Objects.requireNonNull(requestedExecutionDate, "requestedExecutionDate");
        createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.SECONDS);
        if (maxLinesPerFile < 1) {
            throw new IllegalArgumentException("maxLinesPerFile " + maxLinesPerFile + " is not >= 1");
        }
    }
}

package id.bansos.disbursement.export;

import id.bansos.bank.payment.WrittenFile;
import id.bansos.disbursement.batch.BatchState;
import id.bansos.disbursement.batch.ExportPlan;
import id.bansos.disbursement.batch.readmodel.BatchLines;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Iterator;

/** What a channel's files look like: bank files (pain.001) for a bank, payout manifests for PT Pos. */
public interface ChannelFiles {

    /** The order lines are written in. */
    BatchLines.Order order();

    /** The group a line's file belongs to; lines of one group are consecutive in {@link #order()}. */
    String group(BatchLines.Line line);

    /** The most lines one file may carry. */
    int maxLinesPerFile();

    /** The execution date (or first collection day) to request for files written at {@code now}. */
    LocalDate requestedExecutionDate(ZonedDateTime now);

    /** The format written, such as {@code pain.001.001.09}. */
    String format();

    /** The name of a part's file. */
    String fileName(BatchState batch, ExportPlan plan, FilePart part);

    /**
     * Writes a part's file from its lines.
     *
     * @throws IllegalArgumentException when a line does not fit the channel (the message names the line)
     */
    WrittenFile write(OutputStream out, BatchState batch, ExportPlan plan, FilePart part,
                      Iterator<BatchLines.Line> lines) throws IOException;

    /**
     * Checks a written file before it goes to the outbox.
     *
     * @throws IllegalStateException naming the problems when the file is not what the channel accepts
     */
    void check(Path file, FilePart part) throws IOException;
}

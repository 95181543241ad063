package id.bansos.disbursement.export.axon;

import id.bansos.bank.payment.DigestingOutputStream;
import id.bansos.bank.payment.WrittenFile;
import id.bansos.disbursement.batch.BatchDigest;
import id.bansos.disbursement.batch.BatchRefused;
import id.bansos.disbursement.batch.BatchState;
import id.bansos.disbursement.batch.ExportPlan;
import id.bansos.disbursement.batch.ExportedFile;
import id.bansos.disbursement.batch.axon.BatchCommands.CheckExportable;
import id.bansos.disbursement.batch.axon.BatchCommands.PlanExport;
import id.bansos.disbursement.batch.axon.BatchCommands.RecordFileExports;
import id.bansos.disbursement.batch.readmodel.BatchLines;
import id.bansos.disbursement.export.ChannelFiles;
import id.bansos.disbursement.export.FilePart;
import id.bansos.disbursement.export.FileParts;
import id.bansos.disbursement.export.Outbox;
import id.bansos.disbursement.export.OutboxFile.Placement;
import id.bansos.disbursement.export.OutboxFile;
import id.bansos.ledger.readmodel.ReadModels;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Exports an approved batch into its channel's outbox. The lines must still give the approved digest; the first
 * export fixes a plan (execution date, creation time, lines per file) that every later export follows, so exporting
 * again writes the same bytes. Files are written to staging and checked, recorded on the batch (many in one command),
 * then moved into the outbox atomically: a file in the outbox is always recorded, and a file the bank collected is
 * never placed again. What an export killed mid-way left in staging is removed by the next export.
 */
public class BatchExporter {

    private static final Duration CATCH_UP = Duration.ofMinutes(10);
    private static final int FILES_PER_RECORD = 100;
    private static final long LINES_PER_RECORD = 1_000_000;

    private final CommandGateway commands;
    private final BatchLines lines;
    private final ReadModels readModels;
    private final Outbox outbox;
    private final Function<String, ChannelFiles> channels;
    private final Clock clock;

    /**
     * @param channels the files of a channel code ({@code BRI} … {@code POS})
     */
    public BatchExporter(CommandGateway commands, BatchLines lines, ReadModels readModels, Outbox outbox,
                         Function<String, ChannelFiles> channels, Clock clock) {
        this.commands = commands;
        this.lines = lines;
        this.readModels = readModels;
        this.outbox = outbox;
        this.channels = channels;
        this.clock = clock;
    }

    /**
     * Exports the batch, acting as {@code user}.
     *
     * @throws BatchRefused when the batch is not approved, its lines changed since, or a line does not fit the channel
     */
    public List<OutboxFile> export(String batchId, String user) {
        outbox.sweepStaging();
        readModels.awaitCaughtUp(CATCH_UP);
        BatchDigest current = lines.digest(batchId);
        BatchState batch = commands.sendAndWait(new CheckExportable(batchId, current));
        ChannelFiles files = channels.apply(batch.channel());
        ExportPlan proposed = new ExportPlan(files.requestedExecutionDate(ZonedDateTime.now(clock)), clock.instant(),
                files.maxLinesPerFile());
        ExportPlan plan = commands.sendAndWait(new PlanExport(batchId, current, proposed, user));
        List<FilePart> parts = lines.read(batchId, files.order(),
                all -> FileParts.of(all, files::group, plan.maxLinesPerFile()));
        return lines.read(batchId, files.order(), all -> {
            Group group = new Group(batch, files, current, user);
            for (FilePart part : parts) {
                group.place(plan, part, all);
            }
            group.flush();
            return group.placed.stream().sorted(Comparator.comparingInt(OutboxFile::sequence)).toList();
        });
    }

    /**
     * Files written to staging and checked, recorded on the batch together (one command for up to
     * {@link #FILES_PER_RECORD} files or {@link #LINES_PER_RECORD} lines), then moved into the outbox.
     */
    private final class Group {
        final BatchState batch;
        final ChannelFiles files;
        final BatchDigest current;
        final String user;
        final List<OutboxFile> placed = new ArrayList<>();
        final List<Staged> staged = new ArrayList<>();
        long stagedLines;

        Group(BatchState batch, ChannelFiles files, BatchDigest current, String user) {
            this.batch = batch;
            this.files = files;
            this.current = current;
            this.user = user;
        }

        void place(ExportPlan plan, FilePart part, Iterator<BatchLines.Line> all) {
            String name = files.fileName(batch, plan, part);
            String recorded = batch.exportedFiles().get(name);
            if (recorded != null && batch.collectedFiles().contains(name)) {
                FileParts.take(all, part.lineCount(), Function.identity()).forEachRemaining(line -> { });
                placed.add(outboxFile(files, part, name, recorded, Placement.COLLECTED));
                return;
            }
            if (recorded != null && recorded.equals(shaInOutbox(batch.channel(), name).orElse(null))) {
                FileParts.take(all, part.lineCount(), Function.identity()).forEachRemaining(line -> { });
                placed.add(outboxFile(files, part, name, recorded, Placement.ALREADY_IN_OUTBOX));
                return;
            }
            Path path = outbox.stage(batch.channel(), name);
            try {
                WrittenFile written;
                try (OutputStream out = Files.newOutputStream(path)) {
                    written = files.write(out, batch, plan, part, all);
                }
                files.check(path, part);
                staged.add(new Staged(name, path, part, new ExportedFile(name, files.format(), part.sequence(),
                        written.sha256(), written.count(), written.controlSum())));
            } catch (IllegalArgumentException | IllegalStateException e) {
                removeStaged(path);
                discard();
                throw new BatchRefused("export of batch " + batch.batchId() + ", file " + name + " refused: "
                        + e.getMessage());
            } catch (IOException e) {
                removeStaged(path);
                discard();
                throw new UncheckedIOException("cannot write " + name + " of batch " + batch.batchId() + ": "
                        + e.getMessage(), e);
            }
            stagedLines += part.lineCount();
            if (staged.size() >= FILES_PER_RECORD || stagedLines >= LINES_PER_RECORD) {
                flush();
            }
        }

        void flush() {
            if (staged.isEmpty()) {
                return;
            }
            try {
                commands.sendAndWait(new RecordFileExports(batch.batchId(), current,
                        staged.stream().map(Staged::file).toList(), user));
                for (Staged s : staged) {
                    outbox.publish(s.path(), batch.channel(), s.name());
                    placed.add(outboxFile(files, s.part(), s.name(), s.file().sha256(), Placement.WRITTEN));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot place files of batch " + batch.batchId() + " in the outbox: "
                        + e.getMessage(), e);
            } finally {
                discard();
            }
        }

        private void discard() {
            staged.forEach(s -> removeStaged(s.path()));
            staged.clear();
            stagedLines = 0;
        }
    }

    /** A file in staging, written and checked. */
    private record Staged(String name, Path path, FilePart part, ExportedFile file) {
    }

    private Optional<String> shaInOutbox(String channel, String name) {
        return outbox.find(channel, name).map(file -> {
            try {
                return DigestingOutputStream.sha256(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        });
    }

    private static OutboxFile outboxFile(ChannelFiles files, FilePart part, String name, String sha, Placement placed) {
        return new OutboxFile(name, files.format(), part.sequence(), part.lineCount(), part.controlSum(), sha, placed);
    }

    private static void removeStaged(Path staged) {
        try {
            Files.deleteIfExists(staged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the staging file " + staged + ": " + e.getMessage(), e);
        }
    }
}

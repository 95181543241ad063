package id.bansos.disbursement.export;

import id.bansos.bank.exchange.StagingFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The per-channel outbox folders bank adapters collect from ({@code <root>/<CHANNEL>/}). A file is written in the
 * staging folder ({@code <root>/.staging/}) on the same file system and moved into the outbox atomically, so that a
 * collector never sees part of a file. Staging files are named by the process writing them; those of a process that
 * died mid-export are removed by {@link #sweepStaging()}.
 */
public final class Outbox {

    private static final Pattern CHANNEL = Pattern.compile("[A-Z]{2,10}");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private final Path root;
    private final StagingFolder staging;

    public Outbox(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.staging = new StagingFolder(this.root.resolve(".staging"));
    }

    /** The outbox's root folder. */
    public Path root() {
        return root;
    }

    /** A channel's outbox folder, created when missing. */
    public Path folder(String channel) {
        return createDirectories(root.resolve(checkedChannel(channel)));
    }

    /** A new, empty staging file for a channel's file. */
    public Path stage(String channel, String fileName) {
        try {
            return staging.create(checkedChannel(channel) + "-" + checkedName(fileName) + "-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging file in " + root + ": " + e.getMessage(), e);
        }
    }

    /** Removes the staging files of processes of this host that died before placing them; answers how many. */
    public int sweepStaging() {
        try {
            return staging.sweep();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sweep the staging folder " + staging.dir() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Moves a staged file into the channel's outbox under its name, atomically; the name's old file is replaced. */
    public Path publish(Path staged, String channel, String fileName) throws IOException {
        Path target = folder(channel).resolve(checkedName(fileName));
        try (FileChannel file = FileChannel.open(staged, StandardOpenOption.WRITE)) {
            file.force(true);
        }
        return Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The channel's outbox file of that name, when it is there. */
    public Optional<Path> find(String channel, String fileName) {
        Path file = root.resolve(checkedChannel(channel)).resolve(checkedName(fileName));
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static String checkedChannel(String channel) {
        if (channel == null || !CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("'" + channel + "' is not a channel such as BRI or POS");
        }
        return channel;
    }

    private static String checkedName(String fileName) {
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("'" + fileName + "' is not an outbox file name");
        }
        return fileName;
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }
}

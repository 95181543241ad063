package id.bansos.bank.exchange;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A folder of files being written before they are moved into place. Each file's name starts with the process writing
 * it, {@code <pid>@<host>~}, as Axon names a node, so that what a process killed mid-write left behind can be told
 * from what a live process is still writing: {@link #sweep()} removes the first and never the second. Files of other
 * hosts are left alone; their own host sweeps them.
 */
public final class StagingFolder {

    private static final String OWNER = ManagementFactory.getRuntimeMXBean().getName();
    private static final char SEPARATOR = '~';
    /** Process start times are known to about a clock tick; a second's margin keeps a live writer's files. */
    private static final Duration START_TIME_PRECISION = Duration.ofSeconds(1);

    private final Path dir;

    public StagingFolder(Path dir) {
        this.dir = dir;
    }

    /** The folder. */
    public Path dir() {
        return dir;
    }

    /** A new, empty file in the folder, named {@code <pid>@<host>~<prefix><random><suffix>}. */
    public Path create(String prefix, String suffix) throws IOException {
        return Files.createTempFile(Files.createDirectories(dir), OWNER + SEPARATOR + prefix, suffix);
    }

    /**
     * Removes the files written by processes of this host that are no longer running (or whose process id now belongs
     * to a process started after the file was last written); answers how many were removed.
     */
    public int sweep() throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                if (leftByDeadProcess(file) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static boolean leftByDeadProcess(Path file) throws IOException {
        String name = file.getFileName().toString();
        int separator = name.indexOf(SEPARATOR);
        int at = name.indexOf('@');
        if (separator < 0 || at < 0 || at > separator || !name.substring(at + 1, separator).equals(host())) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(name.substring(0, at));
        } catch (NumberFormatException e) {
            return false;
        }
        Instant written;
        try {
            written = Files.getLastModifiedTime(file).toInstant();
        } catch (NoSuchFileException gone) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        return process.isEmpty() || process.get().info().startInstant()
                .map(started -> started.isAfter(written.plus(START_TIME_PRECISION))).orElse(false);
    }

    private static String host() {
        return OWNER.substring(OWNER.indexOf('@') + 1);
    }
}

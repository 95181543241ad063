package id.bansos.bank.exchange;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A folder of files being written before they are moved into place. Each file's name starts with the process writing
 * it, {@code <pid>@<host>~}, as Axon names a node, so that what a process killed mid-write left behind can be told
 * from what a live process is still writing: {@link #sweep()} removes the first and never the second. Files of other
 * hosts are left alone; their own host sweeps them.
 */
public final class StagingFolder {

    private static final char SEPARATOR = '~';

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
        return Files.createTempFile(Files.createDirectories(dir),
                ProcessOwner.current().name() + SEPARATOR + prefix, suffix);
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
        Optional<ProcessOwner> owner = separator < 0 ? Optional.empty()
                : ProcessOwner.parse(name.substring(0, separator));
        if (owner.isEmpty()) {
            return false;
        }
        try {
            return owner.get().endedAfter(Files.getLastModifiedTime(file).toInstant());
        } catch (NoSuchFileException gone) {
            return false;
        }
    }
}

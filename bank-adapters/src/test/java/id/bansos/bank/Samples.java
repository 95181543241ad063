package id.bansos.bank;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The shared sample files ({@code /work/shared/samples}), found relative to the module directory. */
public final class Samples {

    private static final Path DIR = Path.of("../../shared/samples");

    private Samples() {
    }

    /** The samples directory; the calling test is skipped when it is absent. */
    public static Path dir() {
        assumeTrue(Files.isDirectory(DIR), "shared samples not found at " + DIR.toAbsolutePath());
        return DIR;
    }

    /** A sample by its path below the samples directory, such as {@code mt940/jejik-mt940/abnamro.txt}. */
    public static Path file(String relative) {
        Path file = dir().resolve(relative);
        assumeTrue(Files.isRegularFile(file), "sample not found: " + relative);
        return file;
    }

    /** Every sample data file (not the {@code .md} notes), for parameterised tests; skipped when absent. */
    public static Stream<Path> all() {
        try (Stream<Path> walk = Files.walk(dir())) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).sorted().toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

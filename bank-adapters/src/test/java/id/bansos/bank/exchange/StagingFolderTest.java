package id.bansos.bank.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingFolderTest {

    private static final String HOST = ManagementFactory.getRuntimeMXBean().getName().split("@", 2)[1];

    @TempDir
    Path dir;

    @Test
    void a_staging_file_is_named_by_the_process_writing_it() throws IOException {
        Path file = new StagingFolder(dir.resolve(".staging")).create("BRI-file.xml-", ".part");

        assertThat(file.getFileName().toString())
                .startsWith(ProcessHandle.current().pid() + "@" + HOST + "~BRI-file.xml-").endsWith(".part");
    }

    @Test
    void sweeping_removes_the_files_of_dead_processes_of_this_host_and_keeps_every_other() throws Exception {
        StagingFolder staging = new StagingFolder(dir);
        Path mine = staging.create("POS-manifest.csv-", ".part");
        Process live = new ProcessBuilder("sleep", "60").start();
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor(10, TimeUnit.SECONDS);
        Path ofLive = Files.writeString(dir.resolve(live.pid() + "@" + HOST + "~BNI-a.xml-1.part"), "half");
        Path ofDead = Files.writeString(dir.resolve(dead.pid() + "@" + HOST + "~BNI-b.xml-2.part"), "half");
        Path ofOtherHost = Files.writeString(dir.resolve(dead.pid() + "@elsewhere.example~BNI-c.xml-3.part"), "half");
        Path unnamed = Files.writeString(dir.resolve("BNI-d.xml-4.part"), "half");
        try {
            int removed = staging.sweep();

            assertThat(removed).isEqualTo(1);
            assertThat(ofDead).doesNotExist();
            assertThat(mine).exists();
            assertThat(ofLive).exists();
            assertThat(ofOtherHost).exists();
            assertThat(unnamed).exists();
        } finally {
            live.destroyForcibly();
        }
    }
}

package id.bansos.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a class of the test classpath in a JVM of its own, as a second machine would, on a port nobody uses. */
public final class JavaProcess {

    private JavaProcess() {
    }

    /** A process builder for {@code java <jvmOptions> -cp <test classpath> <mainClass> <args>}. */
    public static ProcessBuilder of(List<String> jvmOptions, Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** A TCP port free at the time of asking. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}

package id.bansos.app.exchange;

import id.bansos.bank.payment.BankCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox folders banks' host-to-host jobs and PT Pos drop files into, {@code <root>/inbox/<CHANNEL>/}. A file is
 * taken once it has stayed unchanged for the settle time and its name does not mark it as still being written
 * ({@code .part}, {@code .tmp}, {@code .filepart}, or a leading dot); it is received, then removed from the inbox.
 */
public class InboxFolders {

    private static final Logger log = LoggerFactory.getLogger(InboxFolders.class);
    private static final List<String> IN_PROGRESS = List.of(".part", ".tmp", ".filepart");

    private final Path inbox;
    private final Intake intake;
    private final Duration settleTime;
    private final Clock clock;

    public InboxFolders(Path root, Intake intake, Duration settleTime, Clock clock) {
        this.inbox = root.toAbsolutePath().normalize().resolve("inbox");
        this.intake = intake;
        this.settleTime = settleTime;
        this.clock = clock;
    }

    /** The channels' inbox folders, created when missing. */
    public List<Path> folders() throws IOException {
        List<Path> folders = new ArrayList<>();
        for (String channel : channels()) {
            folders.add(Files.createDirectories(inbox.resolve(channel)));
        }
        return folders;
    }

    /** Receives every settled file in every inbox folder; answers what was received. */
    public List<InboundFile> sweep() throws IOException {
        return sweep(folders());
    }

    /** Receives every settled file in one channel's inbox folder; answers what was received. */
    public List<InboundFile> sweep(String channel) throws IOException {
        if (!channels().contains(channel)) {
            throw new IllegalArgumentException("'" + channel + "' is not a channel; one of " + channels());
        }
        return sweep(List.of(Files.createDirectories(inbox.resolve(channel))));
    }

    private List<InboundFile> sweep(List<Path> folders) throws IOException {
        List<InboundFile> received = new ArrayList<>();
        Instant settledBefore = clock.instant().minus(settleTime);
        for (Path folder : folders) {
            String channel = folder.getFileName().toString();
            List<Path> ready;
            try (Stream<Path> files = Files.list(folder)) {
                ready = files.filter(f -> taken(f, settledBefore)).sorted().toList();
            }
            for (Path file : ready) {
                try (InputStream in = Files.newInputStream(file)) {
                    InboundFile inbound = intake.receive(channel, file.getFileName().toString(), in, "FOLDER",
                            "folder:" + channel);
                    received.add(inbound);
                    log.info("{} received from the {} inbox: {}{}", inbound.fileName(), channel, inbound.status(),
                            inbound.repeat() ? " (a repeat; nothing changed)" : "");
                } catch (IllegalArgumentException e) {
                    log.warn("{} in the {} inbox refused: {}", file.getFileName(), channel, e.getMessage());
                    continue;
                }
                Files.deleteIfExists(file);
            }
        }
        return received;
    }

    private static boolean taken(Path file, Instant settledBefore) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || IN_PROGRESS.stream().anyMatch(name::endsWith) || !Files.isRegularFile(file)) {
            return false;
        }
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(settledBefore);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> channels() {
        List<String> channels = new ArrayList<>();
        for (BankCode bank : BankCode.values()) {
            channels.add(bank.name());
        }
        channels.add("POS");
        return channels;
    }
}

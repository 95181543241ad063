package id.bansos.app.exchange;

import id.bansos.bank.payment.BankCode;
import id.bansos.bank.profile.BankProfiles;
import id.bansos.bank.simulator.BankSimulator;
import id.bansos.bank.simulator.Decision;
import id.bansos.bank.simulator.PosSimulator;
import id.bansos.bank.simulator.SimulationOptions;
import id.bansos.bank.simulator.SimulationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The banks and PT Pos played by the simulator (docs/formats/bank-simulator.md) against our exchange folders: every
 * file in an outbox folder gets its replies in the matching inbox folder, where intake takes them. Claim (withdrawal)
 * reports go to the same inbox, with the statements.
 */
public final class SimulatedBanks {

    private final BankProfiles banks;
    private final SimulationOptions options;

    public SimulatedBanks(BankProfiles banks, SimulationOptions options) {
        this.banks = banks;
        this.options = options;
    }

    /** Replies to every file in {@code outbox/<CHANNEL>/} into {@code inbox/<CHANNEL>/}; answers the files written. */
    public List<Path> replyToAll(Path outbox, Path inbox) throws IOException {
        List<Path> written = new ArrayList<>();
        if (!Files.isDirectory(outbox)) {
            throw new IllegalArgumentException("no outbox folder " + outbox);
        }
        try (Stream<Path> channels = Files.list(outbox)) {
            for (Path channel : channels.filter(Files::isDirectory).filter(d -> !d.getFileName().toString()
                    .startsWith(".")).sorted().toList()) {
                try (Stream<Path> files = Files.list(channel)) {
                    for (Path sent : files.filter(Files::isRegularFile).sorted().toList()) {
                        written.addAll(reply(channel.getFileName().toString(), sent,
                                inbox.resolve(channel.getFileName()), decision -> { }));
                    }
                }
            }
        }
        return written;
    }

    /**
     * Replies to one sent file of a channel into that channel's inbox folder; answers the files written.
     *
     * @param truth receives what the bank or PT Pos decided for each payment
     */
    public List<Path> reply(String channel, Path sent, Path channelInbox, Consumer<Decision> truth) throws IOException {
        Files.createDirectories(channelInbox);
        Path work = Files.createTempDirectory(channelInbox.getParent(), ".simulating-");
        try {
            SimulationResult result = channel.equals("POS") ? new PosSimulator(options).simulate(sent, work, truth)
                    : new BankSimulator(banks.profile(BankCode.of(channel)), options).simulate(sent, work, truth);
            List<Path> written = new ArrayList<>();
            for (SimulationResult.OutputFile reply : result.files()) {
                Path target = channelInbox.resolve(reply.path().getFileName());
                written.add(Files.move(reply.path(), target, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING));
            }
            return written;
        } finally {
            try (Stream<Path> left = Files.list(work)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(work);
        }
    }
}

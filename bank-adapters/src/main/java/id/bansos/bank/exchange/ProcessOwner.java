package id.bansos.bank.exchange;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A process named {@code <pid>@<host>}, as the JVM (and so Axon's token store) names itself: who writes a staging
 * file, who holds a processor's segment.
 */
public record ProcessOwner(long pid, String host) {

    private static final ProcessOwner CURRENT = parse(ManagementFactory.getRuntimeMXBean().getName()).orElseThrow();
    /** Process start times are known to about a clock tick; a second's margin keeps a live process's own. */
    private static final Duration START_TIME_PRECISION = Duration.ofSeconds(1);

    /** This process. */
    public static ProcessOwner current() {
        return CURRENT;
    }

    /** The process a name {@code <pid>@<host>} stands for; empty for anything else. */
    public static Optional<ProcessOwner> parse(String name) {
        int at = name == null ? -1 : name.indexOf('@');
        if (at <= 0 || at == name.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProcessOwner(Long.parseLong(name.substring(0, at)), name.substring(at + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code <pid>@<host>}. */
    public String name() {
        return pid + "@" + host;
    }

    /**
     * Whether this is a process of this host, not this one, that has ended since it was last seen at work: no process
     * runs under its id, or the one that does started after {@code lastSeen}. A process of another host is never known
     * to have ended.
     */
    public boolean endedAfter(Instant lastSeen) {
        if (!host.equals(CURRENT.host) || equals(CURRENT)) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        return process.isEmpty() || process.get().info().startInstant()
                .map(started -> started.isAfter(lastSeen.plus(START_TIME_PRECISION))).orElse(false);
    }
}

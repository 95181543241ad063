package id.bansos.ledger.kpm.axon;

import id.bansos.ledger.kpm.Entitlement;
import id.bansos.ledger.kpm.EntitlementPolicy;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.RosterFingerprint;
import id.bansos.ledger.kpm.readmodel.RosterFingerprints;
import id.bansos.ledger.kpm.readmodel.RosterImports;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.ledger.roster.RosterSource;
import id.bansos.ledger.roster.RowProblem;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Imports a roster: streams its lines, skips households whose input did not change, sends the rest in chunks of
 * households (one unit of work and one batched append each, on a few workers so reading overlaps with writing, none
 * sent while the read models are too far behind to take it in as it was applied), and drops households missing from
 * a full roster. Importing the same file again records no events. A chunk that meets a
 * concurrent change is re-evaluated and retried.
 */
public class RosterImporter {

    private static final int MAX_ATTEMPTS = 5;
    private static final int PROBLEMS_PER_WRITE = 1000;
    private static final Duration PACE_TIMEOUT = Duration.ofMinutes(10);

    private final CommandGateway commands;
    private final RosterFingerprints fingerprints;
    private final RosterImports imports;
    private final EntitlementPolicy entitlements;
    private final ReadModels readModels;

    /**
     * @param readModels the read models a chunk waits for when they fall too far behind (an import appends faster
     *                   than they follow)
     */
    public RosterImporter(CommandGateway commands, RosterFingerprints fingerprints, RosterImports imports,
                          EntitlementPolicy entitlements, ReadModels readModels) {
        this.commands = commands;
        this.fingerprints = fingerprints;
        this.imports = imports;
        this.entitlements = entitlements;
        this.readModels = readModels;
    }

    /**
     * How an import runs.
     *
     * @param partial       the file lists only some households: nobody is dropped
     * @param allowMassDrop allow dropping more than a tenth of the households on the roster
     * @param allOrNothing  refuse the whole file when any line is invalid
     * @param chunkSize     households per unit of work
     * @param workers       chunks in flight at once
     */
    public record Options(YearMonth period, String actingUser, boolean allOrNothing, boolean partial,
                          boolean allowMassDrop, int chunkSize, int workers) {
    }

    /** Told about progress as the import runs. */
    public interface Progress {
        /** Called after each chunk with the data lines read so far. */
        void linesRead(long lines);
    }

    /** Runs an import of an opened roster. */
    public RosterImports.Summary run(RosterSource source, String fileName, String fileSha256, Options options,
                                     Progress progress) {
        String importId = imports.start(fileName, fileSha256, options.period(), options.actingUser());
        Tally tally = new Tally();
        if (options.allOrNothing()) {
            List<RowProblem> problems = source.validateAll();
            if (!problems.isEmpty()) {
                imports.problems(importId, problems);
                tally.linesRead.set(source.linesRead());
                tally.invalid.set(problems.stream().mapToInt(RowProblem::line).distinct().count());
                return imports.finish(importId, "REFUSED", tally.counts(),
                        "the file has invalid lines and --all-or-nothing was asked: nothing was imported");
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.workers());
        Semaphore slots = new Semaphore(options.workers() * 2);
        List<Future<?>> sent = new ArrayList<>();
        try {
            List<HouseholdRecord> chunk = new ArrayList<>(options.chunkSize());
            List<RowProblem> problems = new ArrayList<>();
            source.forEach(line -> {
                tally.linesRead.set(source.linesRead());
                if (!line.problems().isEmpty()) {
                    problems.addAll(line.problems());
                    tally.invalid.incrementAndGet();
                    if (problems.size() >= PROBLEMS_PER_WRITE) {
                        imports.problems(importId, problems);
                        problems.clear();
                    }
                    return;
                }
                chunk.add(line.record());
                if (chunk.size() == options.chunkSize()) {
                    sent.add(send(pool, slots, importId, options.period(), List.copyOf(chunk), tally));
                    chunk.clear();
                    progress.linesRead(source.linesRead());
                }
            });
            sent.add(send(pool, slots, importId, options.period(), List.copyOf(chunk), tally));
            imports.problems(importId, problems);
            for (Future<?> f : sent) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("roster import interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        progress.linesRead(source.linesRead());
        String note = options.partial() ? null : dropMissing(source, importId, options, tally);
        return imports.finish(importId, "DONE", tally.counts(), note);
    }

    private Future<?> send(ExecutorService pool, Semaphore slots, String importId, YearMonth period,
                           List<HouseholdRecord> records, Tally tally) {
        slots.acquireUninterruptibly();
        return pool.submit(() -> {
            try {
                applyChunk(importId, period, records, tally);
            } finally {
                slots.release();
            }
        });
    }

    private void applyChunk(String importId, YearMonth period, List<HouseholdRecord> records, Tally tally) {
        if (records.isEmpty()) {
            return;
        }
        List<List<Entitlement>> determined = records.stream().map(r -> entitlements.entitlementsFor(r, period))
                .toList();
        readModels.keepPace(PACE_TIMEOUT);
        for (int attempt = 1; ; attempt++) {
            Map<String, RosterFingerprints.Known> known = fingerprints.find(
                    records.stream().map(HouseholdRecord::householdId).toList());
            List<ApplyRosterChunk.Line> lines = new ArrayList<>();
            int fresh = 0;
            for (int i = 0; i < records.size(); i++) {
                HouseholdRecord r = records.get(i);
                String fingerprint = RosterFingerprint.of(r, period, determined.get(i));
                RosterFingerprints.Known k = known.get(r.householdId());
                if (k != null && k.onRoster() && k.fingerprint().equals(fingerprint)) {
                    continue;
                }
                lines.add(new ApplyRosterChunk.Line(r, determined.get(i), k != null, fingerprint));
                fresh += k == null ? 1 : 0;
            }
            try {
                int events = lines.isEmpty() ? 0
                        : (Integer) commands.sendAndWait(new ApplyRosterChunk(importId, period, lines, List.of()));
                tally.registered.addAndGet(fresh);
                tally.updated.addAndGet(lines.size() - fresh);
                tally.unchanged.addAndGet(records.size() - lines.size());
                tally.events.addAndGet(events);
                return;
            } catch (ConcurrencyException | AggregateStreamCreationException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private String dropMissing(RosterSource source, String importId, Options options, Tally tally) {
        List<String> missing = new ArrayList<>();
        long[] onRoster = new long[1];
        imports.onRoster(id -> {
            onRoster[0]++;
            if (!source.listed(id)) {
                missing.add(id);
            }
        });
        if (!options.allowMassDrop() && !missing.isEmpty() && missing.size() * 10L > onRoster[0]) {
            return missing.size() + " of " + onRoster[0] + " households are missing from this file; they were NOT "
                    + "dropped. Import with --partial for a partial roster, or --allow-mass-drop to drop them.";
        }
        for (int from = 0; from < missing.size(); from += options.chunkSize()) {
            List<String> ids = missing.subList(from, Math.min(missing.size(), from + options.chunkSize()));
            tally.events.addAndGet((Integer) commands.sendAndWait(
                    new ApplyRosterChunk(importId, options.period(), List.of(), List.copyOf(ids))));
            tally.dropped.addAndGet(ids.size());
        }
        return null;
    }

    private static final class Tally {
        final AtomicLong linesRead = new AtomicLong();
        final AtomicLong invalid = new AtomicLong();
        final AtomicLong registered = new AtomicLong();
        final AtomicLong updated = new AtomicLong();
        final AtomicLong unchanged = new AtomicLong();
        final AtomicLong dropped = new AtomicLong();
        final AtomicLong events = new AtomicLong();

        RosterImports.Counts counts() {
            return new RosterImports.Counts(linesRead.get(), invalid.get(), registered.get(), updated.get(),
                    unchanged.get(), dropped.get(), events.get());
        }
    }
}

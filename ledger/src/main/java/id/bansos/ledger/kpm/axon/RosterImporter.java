package id.bansos.ledger.kpm.axon;

import id.bansos.ledger.kpm.Entitlement;
import id.bansos.ledger.kpm.EntitlementPolicy;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.RosterFingerprint;
import id.bansos.ledger.kpm.readmodel.RosterFingerprints;
import id.bansos.ledger.kpm.readmodel.RosterImports;
import id.bansos.ledger.roster.RowProblem;
import id.bansos.ledger.roster.RosterSource;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Imports a roster: streams its lines, skips households whose input did not change, sends the rest in chunks of
 * households (one unit of work and one batched append each), and drops households missing from a full roster.
 * Importing the same file again records no events. A chunk that meets a concurrent change is re-evaluated and retried.
 */
public class RosterImporter {

    private static final int MAX_ATTEMPTS = 5;

    private final CommandGateway commands;
    private final RosterFingerprints fingerprints;
    private final RosterImports imports;
    private final EntitlementPolicy entitlements;

    public RosterImporter(CommandGateway commands, RosterFingerprints fingerprints, RosterImports imports,
                          EntitlementPolicy entitlements) {
        this.commands = commands;
        this.fingerprints = fingerprints;
        this.imports = imports;
        this.entitlements = entitlements;
    }

    /**
     * How an import runs.
     *
     * @param partial       the file lists only some households: nobody is dropped
     * @param allowMassDrop allow dropping more than a tenth of the households on the roster
     * @param allOrNothing  refuse the whole file when any line is invalid
     * @param chunkSize     households per unit of work
     */
    public record Options(YearMonth period, String actingUser, boolean allOrNothing, boolean partial,
                          boolean allowMassDrop, int chunkSize) {
    }

    /** Told about progress as the import runs. */
    public interface Progress {
        /** Called after each chunk with the lines read so far. */
        void linesRead(long lines);
    }

    /** Runs an import of an already opened roster. */
    public RosterImports.Summary run(RosterSource source, String fileName, String fileSha256, Options options,
                                     Progress progress) {
        String importId = imports.start(fileName, fileSha256, options.period(), options.actingUser());
        Tally tally = new Tally();
        if (options.allOrNothing()) {
            List<RowProblem> problems = source.validateAll();
            if (!problems.isEmpty()) {
                imports.problems(importId, problems);
                tally.linesRead = source.linesRead();
                tally.invalid = problems.stream().mapToInt(RowProblem::line).distinct().count();
                return imports.finish(importId, "REFUSED", tally.counts(),
                        "the file has invalid lines and --all-or-nothing was asked: nothing was imported");
            }
        }
        List<HouseholdRecord> chunk = new ArrayList<>(options.chunkSize());
        source.forEach(line -> {
            if (line.problems().isEmpty()) {
                chunk.add(line.record());
                if (chunk.size() == options.chunkSize()) {
                    applyChunk(importId, options.period(), chunk, tally);
                    chunk.clear();
                    progress.linesRead(line.line() - 1);
                }
            } else {
                imports.problems(importId, line.problems());
                tally.invalid++;
            }
            tally.linesRead = line.line() - 1;
        });
        applyChunk(importId, options.period(), chunk, tally);
        progress.linesRead(tally.linesRead);
        String note = null;
        if (!options.partial()) {
            note = dropMissing(importId, options, tally);
        }
        imports.clearSeen(importId);
        return imports.finish(importId, "DONE", tally.counts(), note);
    }

    private void applyChunk(String importId, YearMonth period, List<HouseholdRecord> records, Tally tally) {
        if (records.isEmpty()) {
            return;
        }
        imports.seen(importId, records.stream().map(HouseholdRecord::householdId).toList());
        for (int attempt = 1; ; attempt++) {
            Map<String, RosterFingerprints.Known> known = fingerprints.find(
                    records.stream().map(HouseholdRecord::householdId).toList());
            List<ApplyRosterChunk.Line> lines = new ArrayList<>();
            int fresh = 0;
            for (HouseholdRecord r : records) {
                List<Entitlement> determined = entitlements.entitlementsFor(r, period);
                String fingerprint = RosterFingerprint.of(r, period, determined);
                RosterFingerprints.Known k = known.get(r.householdId());
                if (k != null && k.onRoster() && k.fingerprint().equals(fingerprint)) {
                    continue;
                }
                lines.add(new ApplyRosterChunk.Line(r, determined, k != null, fingerprint));
                fresh += k == null ? 1 : 0;
            }
            try {
                int events = lines.isEmpty() ? 0
                        : (Integer) commands.sendAndWait(new ApplyRosterChunk(importId, period, lines, List.of()));
                tally.registered += fresh;
                tally.updated += lines.size() - fresh;
                tally.unchanged += records.size() - lines.size();
                tally.events += events;
                return;
            } catch (ConcurrencyException | AggregateStreamCreationException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private String dropMissing(String importId, Options options, Tally tally) {
        List<String> missing = imports.missingFromImport(importId);
        long onRoster = imports.householdsOnRoster();
        if (!options.allowMassDrop() && missing.size() > 0 && missing.size() * 10L > onRoster) {
            return missing.size() + " of " + onRoster + " households are missing from this file; they were NOT "
                    + "dropped. Import with --partial for a partial roster, or --allow-mass-drop to drop them.";
        }
        for (int from = 0; from < missing.size(); from += options.chunkSize()) {
            List<String> ids = missing.subList(from, Math.min(missing.size(), from + options.chunkSize()));
            tally.events += (Integer) commands.sendAndWait(new ApplyRosterChunk(importId, options.period(), List.of(), ids));
            tally.dropped += ids.size();
        }
        return null;
    }

    private static final class Tally {
        long linesRead;
        long invalid;
        long registered;
        long updated;
        long unchanged;
        long dropped;
        long events;

        RosterImports.Counts counts() {
            return new RosterImports.Counts(linesRead, invalid, registered, updated, unchanged, dropped, events);
        }
    }
}

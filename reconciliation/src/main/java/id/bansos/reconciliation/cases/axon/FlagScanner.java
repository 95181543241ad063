package id.bansos.reconciliation.cases.axon;

import id.bansos.ledger.kpm.HouseholdTimeline;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.reconciliation.cases.Flag;
import id.bansos.reconciliation.cases.FlagRules;
import id.bansos.reconciliation.cases.FlagType;
import id.bansos.reconciliation.cases.axon.CaseCommands.RaiseFlags;
import id.bansos.reconciliation.cases.findings.DuplicateFindings;
import id.bansos.reconciliation.cases.findings.ExceptionFindings;
import id.bansos.reconciliation.cases.findings.HeldFindings;
import id.bansos.reconciliation.cases.findings.PaymentFindings;
import id.bansos.reconciliation.trail.MoneyTrail;
import id.bansos.reconciliation.trail.readmodel.TrailPostings;
import id.bansos.reconciliation.treasury.readmodel.TreasuryAgeing;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jdbi.v3.core.Jdbi;

/**
 * Looks for the failure modes across the ledger's read models, set-based, and raises each one found as a flag on its
 * case: a household's case ({@code CASE-<household>}), a channel's suspense queue ({@code SUSPENSE-<channel>}), or a
 * programme's treasury deposits ({@code TREASURY-…}). Finding a flag again raises nothing; a type the rules switch off
 * is not raised; a household cleared as a false positive for a type is not flagged for it again. Personal numbers in
 * the evidence show their last four digits only. New flags are raised a thousand to a unit of work. A scan is due
 * while a file applied since the last finished scan waits ({@link #due()}); a finished scan marks the files it
 * covered, so that one cut short is done again.
 */
public class FlagScanner {

    private static final Duration CATCH_UP = Duration.ofMinutes(10);
    private static final int CHUNK = 1000;
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final CommandGateway commands;
    private final Jdbi jdbi;
    private final ReadModels readModels;
    private final TreasuryAgeing ageing;
    private final TrailPostings postings;
    private final FlagRules rules;
    private final Clock clock;

    public FlagScanner(CommandGateway commands, Jdbi jdbi, ReadModels readModels, TreasuryAgeing ageing,
                       TrailPostings postings, FlagRules rules, Clock clock) {
        this.postings = postings;
        this.commands = commands;
        this.jdbi = jdbi;
        this.readModels = readModels;
        this.ageing = ageing;
        this.rules = rules;
        this.clock = clock;
    }

    /** Whether a file was applied since the last scan that finished. */
    public boolean due() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM inbound_file
                            WHERE status = 'APPLIED' AND flags_scanned_at IS NULL)""")
                .mapTo(Boolean.class).one());
    }

    /** Scans and raises new flags as {@code user}; answers how many of each type were new. */
    public Map<FlagType, Integer> scan(String user) {
        List<Long> applied = jdbi.withHandle(h -> h.createQuery(
                        "SELECT id FROM inbound_file WHERE status = 'APPLIED' AND flags_scanned_at IS NULL")
                .mapTo(Long.class).list());
        readModels.awaitCaughtUp(CATCH_UP);
        LocalDate today = LocalDate.now(clock.withZone(WIB));
        Set<String> known = new HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT flag_key FROM case_flag")
                .mapTo(String.class).list()));
        Set<String> cleared = new HashSet<>(jdbi.withHandle(h -> h.createQuery(
                "SELECT type || ':' || household_id FROM case_clearance").mapTo(String.class).list()));
        List<Flag> found = new ArrayList<>(new PaymentFindings(jdbi).find(rules, today));
        found.addAll(new ExceptionFindings(jdbi).find());
        found.addAll(new HeldFindings(jdbi).find());
        found.addAll(new DuplicateFindings(jdbi).find());
        found.addAll(depositsOverdue(today));
        found.addAll(trailViolations());
        Map<FlagType, Integer> raised = new EnumMap<>(FlagType.class);
        List<Flag> fresh = new ArrayList<>();
        for (Flag flag : found) {
            boolean clearedBefore = flag.householdId() != null
                    && cleared.contains(flag.type() + ":" + flag.householdId());
            if (rules.enabled(flag.type()) && !clearedBefore && known.add(flag.key())) {
                fresh.add(flag);
                raised.merge(flag.type(), 1, Integer::sum);
            }
        }
        for (int from = 0; from < fresh.size(); from += CHUNK) {
            commands.sendAndWait(new RaiseFlags(fresh.subList(from, Math.min(from + CHUNK, fresh.size())), user));
        }
        if (!applied.isEmpty()) {
            jdbi.useHandle(h -> h.createUpdate(
                            "UPDATE inbound_file SET flags_scanned_at = :at WHERE id IN (<ids>)")
                    .bind("at", OffsetDateTime.now(clock)).bindList("ids", applied).execute());
        }
        return raised;
    }

    private List<Flag> trailViolations() {
        List<Flag> flags = new ArrayList<>();
        for (MoneyTrail.Violation v : postings.trail(null, null).breaches()) {
            String key = v.key().program() + "-" + v.key().period() + "-" + v.key().channel();
            flags.add(new Flag(FlagType.TRAIL_VIOLATION + ":" + key + ":" + v.invariant(), "TRAIL-" + key,
                    FlagType.TRAIL_VIOLATION, null, v.key().channel(), key + " " + v.invariant(), 0, v.text()));
        }
        return flags;
    }

    private List<Flag> depositsOverdue(LocalDate today) {
        List<Flag> flags = new ArrayList<>();
        for (TreasuryAgeing.Line line : ageing.lines()) {
            if (line.awaiting() > 0 && line.ageDays(today) > rules.depositDays()) {
                String key = line.program() + "-" + line.period() + "-" + line.channel();
                flags.add(new Flag(FlagType.RETURN_NOT_DEPOSITED + ":" + key + ":" + line.waitingSince(),
                        "TREASURY-" + key, FlagType.RETURN_NOT_DEPOSITED, null, line.channel(), key,
                        line.awaiting(), HouseholdTimeline.rupiah(line.awaiting()) + " of " + line.program() + " "
                                + line.period() + " " + line.channel() + " came back and is not deposited to kas"
                                + " negara; the oldest has waited since " + line.waitingSince() + ", more than "
                                + rules.depositDays() + " days"));
            }
        }
        return flags;
    }
}

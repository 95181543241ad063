package id.bansos.reconciliation.cases.axon;

import id.bansos.ledger.kpm.HouseholdTimeline;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.reconciliation.cases.Flag;
import id.bansos.reconciliation.cases.FlagType;
import id.bansos.reconciliation.cases.axon.CaseCommands.RaiseFlag;
import id.bansos.reconciliation.treasury.readmodel.TreasuryAgeing;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jdbi.v3.core.Jdbi;

/**
 * Looks for the failure modes across the ledger's read models, set-based, and raises each one found as a flag on its
 * case: a household's case ({@code CASE-<household>}), or a channel's suspense queue ({@code SUSPENSE-<channel>}).
 * Finding a flag again raises nothing. Personal numbers in the evidence show their last four digits only.
 */
public class FlagScanner {

    private static final Duration CATCH_UP = Duration.ofMinutes(10);

    private final CommandGateway commands;
    private final Jdbi jdbi;
    private final ReadModels readModels;
    private final TreasuryAgeing ageing;
    private final int depositDays;
    private final Clock clock;

    /**
     * @param depositDays days returned money may wait before it must be deposited to kas negara
     */
    public FlagScanner(CommandGateway commands, Jdbi jdbi, ReadModels readModels, TreasuryAgeing ageing,
                       int depositDays, Clock clock) {
        this.commands = commands;
        this.jdbi = jdbi;
        this.readModels = readModels;
        this.ageing = ageing;
        this.depositDays = depositDays;
        this.clock = clock;
    }

    /** Scans and raises new flags as {@code user}; answers how many of each type were new. */
    public Map<FlagType, Integer> scan(String user) {
        readModels.awaitCaughtUp(CATCH_UP);
        Set<String> known = Set.copyOf(jdbi.withHandle(h -> h.createQuery("SELECT flag_key FROM case_flag")
                .mapTo(String.class).list()));
        List<Flag> found = new ArrayList<>();
        found.addAll(doubleCredits());
        found.addAll(exceptions());
        found.addAll(moneyBack());
        found.addAll(sharedNumbers(FlagType.DUPLICATE_NIK, "m.nik", "member NIK", "l.program, l.period",
                "JOIN household_member m ON m.household_id = l.household_id"));
        found.addAll(sharedNumbers(FlagType.DUPLICATE_KK, "h.no_kk", "No. KK", "l.program, l.period",
                "JOIN household h ON h.household_id = l.household_id"));
        found.addAll(sharedNumbers(FlagType.SHARED_ACCOUNT, "l.account_number", "bank account", "l.period", ""));
        found.addAll(depositsOverdue());
        Map<FlagType, Integer> raised = new EnumMap<>(FlagType.class);
        for (Flag flag : found) {
            if (!known.contains(flag.key())) {
                commands.sendAndWait(new RaiseFlag(flag.caseId(), flag, user));
                raised.merge(flag.type(), 1, Integer::sum);
            }
        }
        return raised;
    }

    private List<Flag> doubleCredits() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT reference, household_id, channel, amount, credits FROM payment_line WHERE credits > 1""")
                .map((rs, ctx) -> {
                    long each = rs.getLong(4);
                    int credits = rs.getInt(5);
                    return Flag.onHousehold(FlagType.DOUBLE_CREDIT, rs.getString(2), rs.getString(3), rs.getString(1),
                            each * (credits - 1), rs.getString(3) + " credited payment " + rs.getString(1) + " "
                                    + credits + " times (" + rupiah(each) + " each): " + rupiah(each * (credits - 1))
                                    + " to recover from the household or the bank");
                }).list());
    }

    private List<Flag> exceptions() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT e.kind, e.source, e.channel, e.reference, e.household_id, COALESCE(e.amount, 0),
                               e.reason, f.file_name
                        FROM recon_exception e JOIN inbound_file f ON f.id = e.inbound_id""")
                .map((rs, ctx) -> {
                    boolean suspense = rs.getString(1).equals("SUSPENSE");
                    FlagType type = suspense ? FlagType.SUSPENSE : FlagType.RECONCILIATION_BREAK;
                    String household = rs.getString(5);
                    String caseId = household != null ? "CASE-" + household
                            : (suspense ? "SUSPENSE-" : "FILES-") + rs.getString(3);
                    return new Flag(type + ":" + rs.getString(2), caseId, type, household, rs.getString(3),
                            rs.getString(4), rs.getLong(6), rs.getString(7) + " (file " + rs.getString(8) + ")");
                }).list());
    }

    private List<Flag> moneyBack() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT reference, household_id, channel, amount, status, status_reason, program, period
                        FROM payment_line WHERE status IN ('REJECTED', 'RETURNED', 'REISSUABLE')""")
                .map((rs, ctx) -> {
                    String reason = rs.getString(6);
                    boolean unclaimed = "NOCL".equals(reason) || "NOT_COLLECTED".equals(reason);
                    String what = unclaimed ? ("NOCL".equals(reason) ? "credited but never withdrawn; swept back"
                            : "not collected at PT Pos") : rs.getString(5).toLowerCase() + " (" + reason + ")";
                    return Flag.onHousehold(unclaimed ? FlagType.UNCLAIMED : FlagType.RETURNED_TO_DEPOSIT,
                            rs.getString(2), rs.getString(3), rs.getString(1), rs.getLong(4), rs.getString(7) + " "
                                    + rs.getString(8) + " payment " + rs.getString(1) + " of " + rupiah(rs.getLong(4))
                                    + " " + what + "; to be deposited to kas negara");
                }).list());
    }

    private List<Flag> depositsOverdue() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
        List<Flag> flags = new ArrayList<>();
        for (TreasuryAgeing.Line line : ageing.lines()) {
            if (line.awaiting() > 0 && line.ageDays(today) > depositDays) {
                String key = line.program() + "-" + line.period() + "-" + line.channel();
                flags.add(new Flag(FlagType.RETURN_NOT_DEPOSITED + ":" + key + ":" + line.waitingSince(),
                        "TREASURY-" + key, FlagType.RETURN_NOT_DEPOSITED, null, line.channel(), key,
                        line.awaiting(), rupiah(line.awaiting()) + " of " + line.program() + " " + line.period() + " "
                                + line.channel() + " came back and is not deposited to kas negara; the oldest has "
                                + "waited since " + line.waitingSince() + ", more than " + depositDays + " days"));
            }
        }
        return flags;
    }

    private List<Flag> sharedNumbers(FlagType type, String column, String what, String scope, String join) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT %1$s, %2$s, array_agg(DISTINCT l.household_id ORDER BY l.household_id),
                               MIN(l.channel)
                        FROM payment_line l %3$s
                        WHERE l.status NOT IN ('RELEASED', 'REISSUABLE') AND %1$s IS NOT NULL
                        GROUP BY %1$s, %2$s HAVING COUNT(DISTINCT l.household_id) > 1""".formatted(column, scope, join))
                .map((rs, ctx) -> {
                    String number = rs.getString(1);
                    int columns = rs.getMetaData().getColumnCount();
                    List<String> households = List.of((String[]) rs.getArray(columns - 1).getArray());
                    String where = scope.contains("program") ? rs.getString(2) + " " + rs.getString(3)
                            : rs.getString(2);
                    String masked = "****" + number.substring(Math.max(0, number.length() - 4));
                    List<Flag> flags = new ArrayList<>();
                    for (String household : households) {
                        String others = households.stream().filter(o -> !o.equals(household))
                                .collect(Collectors.joining(", "));
                        flags.add(Flag.onHousehold(type, household, rs.getString(columns), type + " " + masked + " "
                                + where + " " + household, 0, "the same " + what + " " + masked + " is paid in "
                                + where + " to " + household + " and to " + others));
                    }
                    return flags;
                })
                .list().stream().flatMap(List::stream).toList());
    }

    private static String rupiah(long amount) {
        return HouseholdTimeline.rupiah(amount);
    }
}

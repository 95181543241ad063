package id.bansos.reconciliation.cases.findings;

import static id.bansos.reconciliation.cases.findings.FlagEvidence.masked;
import static id.bansos.reconciliation.cases.findings.FlagEvidence.rupiah;

import id.bansos.reconciliation.cases.Flag;
import id.bansos.reconciliation.cases.FlagRules;
import id.bansos.reconciliation.cases.FlagType;
import id.bansos.reconciliation.matching.LineMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * The failure modes found on payment lines, set-based: double credits, money back (unclaimed or to deposit), credits
 * never withdrawn, households paid twice or in two exclusive programs, amounts that differ from the entitlement,
 * households paid with a desil above the limit, and deaths (reported by the bank or PT Pos, or recorded in the roster
 * of a household paid or held).
 */
public class PaymentFindings {

    private static final String LIVE = "status NOT IN ('RELEASED', 'REISSUABLE', 'REJECTED', 'RETURNED')";

    private final Jdbi jdbi;

    public PaymentFindings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every finding under the rules, as of {@code today}. */
    public List<Flag> find(FlagRules rules, LocalDate today) {
        List<Flag> found = new ArrayList<>();
        found.addAll(doubleCredits());
        found.addAll(moneyBack());
        found.addAll(notWithdrawn(today.minusDays(rules.unclaimedDays()), rules.unclaimedDays()));
        found.addAll(notReportedByPtPos(today, rules.posCollectionDays()));
        found.addAll(doublePayments());
        found.addAll(overlaps(rules.exclusivePrograms()));
        found.addAll(amountMismatches());
        found.addAll(desil(rules.maxDesil()));
        found.addAll(deathsReported());
        found.addAll(deceasedMembers());
        return found;
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

    private List<Flag> moneyBack() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT reference, household_id, channel, amount, status, status_reason, program, period
                        FROM payment_line WHERE status IN ('REJECTED', 'RETURNED', 'REISSUABLE')""")
                .map((rs, ctx) -> {
                    String reason = rs.getString(6);
                    boolean swept = "NOCL".equals(reason);
                    boolean notCollected = reason != null && reason.startsWith(LineMatcher.NOT_COLLECTED);
                    String what = swept ? "credited but never withdrawn; swept back"
                            : notCollected ? "not collected at PT Pos"
                                    + reason.substring(LineMatcher.NOT_COLLECTED.length())
                            : rs.getString(5).toLowerCase() + " (" + reason + ")";
                    return Flag.onHousehold(swept || notCollected ? FlagType.UNCLAIMED : FlagType.RETURNED_TO_DEPOSIT,
                            rs.getString(2), rs.getString(3), rs.getString(1), rs.getLong(4), rs.getString(7) + " "
                                    + rs.getString(8) + " payment " + rs.getString(1) + " of " + rupiah(rs.getLong(4))
                                    + " " + what + "; to be deposited to kas negara");
                }).list());
    }

    private List<Flag> notWithdrawn(LocalDate creditedBefore, int days) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT reference, household_id, channel, amount, booked_on, program, period FROM payment_line
                        WHERE status = 'CREDITED' AND withdrawn_on IS NULL AND channel <> 'POS'
                          AND booked_on < :before""")
                .bind("before", creditedBefore)
                .map((rs, ctx) -> Flag.onHousehold(FlagType.UNCLAIMED, rs.getString(2), rs.getString(3),
                        rs.getString(1), rs.getLong(4), rs.getString(6) + " " + rs.getString(7) + " payment "
                                + rs.getString(1) + " of " + rupiah(rs.getLong(4)) + " credited on "
                                + rs.getObject(5, LocalDate.class) + " has no withdrawal in " + rs.getString(3)
                                + "'s claim reports after " + days + " days (dana mengendap)"))
                .list());
    }

    private List<Flag> notReportedByPtPos(LocalDate today, int collectionDays) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT l.reference, l.household_id, l.amount, b.requested_execution_date + :days - 1
                        FROM payment_line l JOIN payment_batch b ON b.batch_id = l.batch_id
                        WHERE l.channel = 'POS' AND l.status = 'SCHEDULED'
                          AND b.requested_execution_date + :days - 1 < :today""")
                .bind("days", collectionDays).bind("today", today)
                .map((rs, ctx) -> Flag.onHousehold(FlagType.UNCLAIMED, rs.getString(2), "POS", rs.getString(1),
                        rs.getLong(3), "PT Pos has reported nothing on payment " + rs.getString(1) + " of "
                                + rupiah(rs.getLong(3)) + "; its collection window closed on "
                                + rs.getObject(4, LocalDate.class) + ": not collected, unless PT Pos shows the payout"
                                + " with its proof"))
                .list());
    }

    private List<Flag> doublePayments() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT household_id, program, period, string_agg(reference || ' ' || channel, ', '
                               ORDER BY reference), SUM(amount) - MIN(amount), MIN(channel)
                        FROM payment_line WHERE status = 'CREDITED'
                        GROUP BY household_id, program, period HAVING COUNT(*) > 1""")
                .map((rs, ctx) -> Flag.onHousehold(FlagType.DOUBLE_PAYMENT, rs.getString(1), rs.getString(6),
                        rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(1), rs.getLong(5),
                        rs.getString(2) + " " + rs.getString(3) + " reached household " + rs.getString(1)
                                + " more than once: " + rs.getString(4) + "; " + rupiah(rs.getLong(5))
                                + " paid too much"))
                .list());
    }

    private List<Flag> overlaps(List<Set<String>> exclusive) {
        List<Flag> found = new ArrayList<>();
        for (Set<String> pair : exclusive) {
            List<String> programs = pair.stream().sorted().toList();
            found.addAll(jdbi.withHandle(h -> h.createQuery("""
                            SELECT a.household_id, a.period, a.reference, b.reference, a.channel, b.amount
                            FROM payment_line a JOIN payment_line b ON b.household_id = a.household_id
                                 AND b.period = a.period AND b.program = :second
                            WHERE a.program = :first AND a.%1$s AND b.%1$s""".formatted(LIVE))
                    .bind("first", programs.get(0)).bind("second", programs.get(1))
                    .map((rs, ctx) -> Flag.onHousehold(FlagType.PROGRAM_OVERLAP, rs.getString(1), rs.getString(5),
                            programs.get(0) + "+" + programs.get(1) + " " + rs.getString(2) + " " + rs.getString(1),
                            rs.getLong(6), programs.get(0) + " and " + programs.get(1) + " must not both be paid to "
                                    + "one household, yet " + rs.getString(2) + " has " + rs.getString(3) + " and "
                                    + rs.getString(4)))
                    .list()));
        }
        return found;
    }

    private List<Flag> amountMismatches() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT l.reference, l.household_id, l.channel, l.amount, l.status,
                               CASE WHEN e.status = 'REVOKED' THEN 0 ELSE e.amount END AS entitled, e.reasons
                        FROM payment_line l JOIN entitlement e ON e.household_id = l.household_id
                             AND e.program = l.program AND e.period = l.period
                        WHERE l.%s AND l.amount <> CASE WHEN e.status = 'REVOKED' THEN 0 ELSE e.amount END"""
                        .formatted(LIVE))
                .map((rs, ctx) -> Flag.onHousehold(FlagType.AMOUNT_MISMATCH, rs.getString(2), rs.getString(3),
                        rs.getString(1), Math.abs(rs.getLong(4) - rs.getLong(6)), "payment " + rs.getString(1)
                                + " (" + rs.getString(5).toLowerCase() + ") is " + rupiah(rs.getLong(4))
                                + " but the entitlement now stands at " + rupiah(rs.getLong(6))))
                .list());
    }

    private List<Flag> desil(int maxDesil) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT l.reference, l.household_id, l.channel, l.amount, h.desil FROM payment_line l
                        JOIN household h ON h.household_id = l.household_id
                        WHERE l.%s AND h.desil > :max""".formatted(LIVE))
                .bind("max", maxDesil)
                .map((rs, ctx) -> Flag.onHousehold(FlagType.DESIL_OUT_OF_RANGE, rs.getString(2), rs.getString(3),
                        rs.getString(1), rs.getLong(4), "payment " + rs.getString(1) + " of " + rupiah(rs.getLong(4))
                                + " goes to a household in desil " + rs.getInt(5) + ", above the limit of "
                                + maxDesil + " (inclusion error?)"))
                .list());
    }

    private List<Flag> deathsReported() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT reference, household_id, channel, amount, status_reason FROM payment_line
                        WHERE status_reason = 'MD07'
                           OR (status_reason LIKE :pos AND status_reason ILIKE '%meninggal%')""")
                .bind("pos", LineMatcher.NOT_COLLECTED + "%")
                .map((rs, ctx) -> Flag.onHousehold(FlagType.DECEASED, rs.getString(2), rs.getString(3),
                        rs.getString(1), rs.getLong(4), (rs.getString(3).equals("POS") ? "PT Pos" : rs.getString(3))
                                + " reports the recipient of payment " + rs.getString(1) + " deceased ("
                                + rs.getString(5) + "); check Dukcapil, stop further payments and name an heir"))
                .list());
    }

    private List<Flag> deceasedMembers() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT m.household_id, m.nik, m.nik = h.pengurus_nik, h.channel,
                               (SELECT string_agg(DISTINCT l.program || ' ' || l.period, ', ') FROM payment_line l
                                WHERE l.household_id = m.household_id AND l.status <> 'RELEASED') AS paid,
                               (SELECT string_agg(DISTINCT c.program || ' ' || c.period, ', ') FROM cycle_held c
                                WHERE c.household_id = m.household_id) AS held
                        FROM household_member m JOIN household h ON h.household_id = m.household_id
                        WHERE m.status = 'DECEASED' AND h.on_roster""")
                .map((rs, ctx) -> {
                    String paid = rs.getString(5);
                    String held = rs.getString(6);
                    if (paid == null && held == null) {
                        return null;
                    }
                    String who = rs.getBoolean(3) ? "the pengurus" : "member";
                    return Flag.onHousehold(FlagType.DECEASED, rs.getString(1), rs.getString(4), "member "
                            + masked(rs.getString(2)) + " of " + rs.getString(1), 0, who + " " + masked(rs.getString(2))
                            + " is recorded deceased" + (paid != null ? "; the household is still sent " + paid
                                    + " (only living members' components count)" : "")
                            + (held != null ? "; held " + held : "") + (rs.getBoolean(3)
                                    ? "; a new pengurus from the same KK is needed" : "; check the KK is updated"));
                })
                .filter(flag -> flag != null)
                .list());
    }
}

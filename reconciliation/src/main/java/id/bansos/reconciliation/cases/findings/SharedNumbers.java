package id.bansos.reconciliation.cases.findings;

import id.bansos.reconciliation.cases.FlagType;
import java.time.YearMonth;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Finds numbers that must belong to one household but are found in several, within a pool of households being paid:
 * a member's NIK or a No. KK in one program and period, a bank account in one period.
 */
public class SharedNumbers {

    private static final String LIVE = "l.status NOT IN ('RELEASED', 'REISSUABLE')";

    private final Jdbi jdbi;

    public SharedNumbers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Households sharing one number.
     *
     * @param program    the program, or {@code null} when the number's scope is the period (bank accounts)
     * @param households in household id order
     * @param channel    the channel of the first of them
     */
    public record Group(FlagType type, String number, String program, String period, List<String> households,
                       String channel) {

        /** The number with only its last four digits shown. */
        public String masked() {
            return "****" + number.substring(Math.max(0, number.length() - 4));
        }

        /** Where the households share it: program and period, or the period. */
        public String scope() {
            return program == null ? period : program + " " + period;
        }
    }

    /** Among every household with a payment in flight or done, in any period. */
    public List<Group> amongPaid(FlagType type) {
        return groups(type, "SELECT l.household_id, l.program, l.period, l.channel, l.account_number FROM payment_line l"
                + " WHERE " + LIVE, null, null);
    }

    /**
     * Among the households a cycle is about to pay (eligible for the program in the period) and those already paid in
     * it; for bank accounts, in every program of the period.
     */
    public List<Group> amongCycle(FlagType type, String program, YearMonth period) {
        return groups(type, """
                SELECT e.household_id, e.program, e.period, e.channel, h.account_number FROM entitlement e
                JOIN household h ON h.household_id = e.household_id
                WHERE e.period = :period AND e.status = 'ELIGIBLE' AND (:anyProgram OR e.program = :program)
                UNION
                SELECT l.household_id, l.program, l.period, l.channel, l.account_number FROM payment_line l
                WHERE l.period = :period AND (:anyProgram OR l.program = :program) AND\s""" + LIVE,
                program, period.toString());
    }

    private List<Group> groups(FlagType type, String pool, String program, String period) {
        String number;
        String join;
        switch (type) {
            case DUPLICATE_NIK -> {
                number = "m.nik";
                join = "JOIN household_member m ON m.household_id = p.household_id";
            }
            case DUPLICATE_KK -> {
                number = "h.no_kk";
                join = "JOIN household h ON h.household_id = p.household_id";
            }
            case SHARED_ACCOUNT -> {
                number = "p.account_number";
                join = "";
            }
            default -> throw new IllegalArgumentException(type + " is not a shared-number flag");
        }
        boolean perProgram = type != FlagType.SHARED_ACCOUNT;
        String scope = perProgram ? "p.program, p.period" : "NULL, p.period";
        return jdbi.withHandle(h -> {
            Query query = h.createQuery("""
                        SELECT %1$s AS number, %2$s, array_agg(DISTINCT p.household_id ORDER BY p.household_id),
                               MIN(p.channel)
                        FROM (%3$s) p %4$s
                        WHERE %1$s IS NOT NULL
                        GROUP BY %1$s, %5$s HAVING COUNT(DISTINCT p.household_id) > 1
                        ORDER BY 1, 2""".formatted(number, scope, pool, join,
                        perProgram ? "p.program, p.period" : "p.period"));
            if (period != null) {
                query.bind("period", period).bind("program", program).bind("anyProgram", !perProgram);
            }
            return query.map((rs, ctx) -> new Group(type, rs.getString(1), rs.getString(2), rs.getString(3),
                    List.of((String[]) rs.getArray(4).getArray()), rs.getString(5))).list();
        });
    }
}

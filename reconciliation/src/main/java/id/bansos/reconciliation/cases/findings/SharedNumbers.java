package id.bansos.reconciliation.cases.findings;

import id.bansos.reconciliation.cases.FlagType;
import java.time.YearMonth;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Finds numbers that must belong to one household but are found in several households paid in one period, in any of
 * its programs: a member's NIK, a No. KK, a bank account.
 */
public class SharedNumbers {

    private static final String LIVE = "l.status NOT IN ('RELEASED', 'REISSUABLE')";

    private final Jdbi jdbi;

    public SharedNumbers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Households sharing one number in one period.
     *
     * @param number     the number as read models keep it: its token
     * @param programs   the programs they are paid in, comma separated
     * @param households in household id order
     * @param channel    the channel of the first of them
     */
    public record Group(FlagType type, String number, String period, String programs, List<String> households,
                       String channel) {

        /** The number with only its last four digits shown. */
        public String masked() {
            return FlagEvidence.masked(number);
        }

        /** Where the households share it: the period and the programs. */
        public String scope() {
            return period + " (" + programs + ")";
        }
    }

    /** Among every household with a payment in flight or done, in any period. */
    public List<Group> amongPaid(FlagType type) {
        return groups(type, "SELECT l.household_id, l.program, l.period, l.channel, l.account_number FROM payment_line l"
                + " WHERE " + LIVE, null);
    }

    /** Among the households a cycle may pay in the period (eligible in any program) and those already paid in it. */
    public List<Group> amongCycle(FlagType type, YearMonth period) {
        return groups(type, """
                SELECT e.household_id, e.program, e.period, e.channel, h.account_number FROM entitlement e
                JOIN household h ON h.household_id = e.household_id
                WHERE e.period = :period AND e.status = 'ELIGIBLE'
                UNION
                SELECT l.household_id, l.program, l.period, l.channel, l.account_number FROM payment_line l
                WHERE l.period = :period AND\s""" + LIVE, period.toString());
    }

    private List<Group> groups(FlagType type, String pool, String period) {
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
        return jdbi.withHandle(h -> {
            Query query = h.createQuery("""
                        SELECT %1$s AS number, p.period, string_agg(DISTINCT p.program, ', ' ORDER BY p.program),
                               array_agg(DISTINCT p.household_id ORDER BY p.household_id), MIN(p.channel)
                        FROM (%2$s) p %3$s
                        WHERE %1$s IS NOT NULL
                        GROUP BY %1$s, p.period HAVING COUNT(DISTINCT p.household_id) > 1
                        ORDER BY 1, 2""".formatted(number, pool, join));
            if (period != null) {
                query.bind("period", period);
            }
            return query.map((rs, ctx) -> new Group(type, rs.getString(1), rs.getString(2), rs.getString(3),
                    List.of((String[]) rs.getArray(4).getArray()), rs.getString(5))).list();
        });
    }
}

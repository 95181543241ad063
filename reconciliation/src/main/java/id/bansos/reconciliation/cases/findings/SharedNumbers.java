package id.bansos.reconciliation.cases.findings;

import id.bansos.reconciliation.cases.FlagType;
import java.time.YearMonth;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

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
        return groups(type, "SELECT l.household_id, l.program, l.period, l.channel, l.account_number"
                + " FROM payment_line l"
                + " WHERE l.household_id = ANY(:households) AND " + LIVE, null);
    }

    /** Among the households a cycle may pay in the period (eligible in any program) and those already paid in it. */
    public List<Group> amongCycle(FlagType type, YearMonth period) {
        return groups(type, """
                SELECT e.household_id, e.program, e.period, e.channel, h.account_number FROM entitlement e
                JOIN household h ON h.household_id = e.household_id
                WHERE e.household_id = ANY(:households) AND e.period = :period AND e.status = 'ELIGIBLE'
                UNION ALL
                SELECT l.household_id, l.program, l.period, l.channel, l.account_number FROM payment_line l
                WHERE l.household_id = ANY(:households) AND l.period = :period AND\s""" + LIVE, period.toString());
    }

    /**
     * Two steps in one snapshot: first the numbers any two households hold at all (one pass over the table that keeps
     * them, no join), then the groups among those numbers' households only. A number shared in the pool is always
     * shared in its table, so the first step loses nothing; every aggregate ignores repeats, so the pool may repeat
     * a row.
     */
    private List<Group> groups(FlagType type, String pool, String period) {
        Numbers numbers = Numbers.of(type);
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            String[] shared = h.createQuery("""
                            SELECT number FROM (%s) x WHERE number IS NOT NULL
                            GROUP BY number HAVING MIN(household_id) <> MAX(household_id)""".formatted(numbers.holders))
                    .mapTo(String.class).list().toArray(String[]::new);
            if (shared.length == 0) {
                return List.<Group>of();
            }
            String[] households = h.createQuery("SELECT DISTINCT household_id FROM (%s) x WHERE number = ANY(:shared)"
                            .formatted(numbers.holders))
                    .bind("shared", shared).mapTo(String.class).list().toArray(String[]::new);
            Query query = h.createQuery("""
                        SELECT %1$s AS number, p.period, string_agg(DISTINCT p.program, ', ' ORDER BY p.program),
                               array_agg(DISTINCT p.household_id ORDER BY p.household_id), MIN(p.channel)
                        FROM (%2$s) p %3$s
                        WHERE %1$s = ANY(:shared)
                        GROUP BY %1$s, p.period HAVING COUNT(DISTINCT p.household_id) > 1
                        ORDER BY 1, 2""".formatted(numbers.column, pool, numbers.join))
                    .bind("shared", shared).bind("households", households);
            if (period != null) {
                query.bind("period", period);
            }
            return query.map((rs, ctx) -> new Group(type, rs.getString(1), rs.getString(2), rs.getString(3),
                    List.of((String[]) rs.getArray(4).getArray()), rs.getString(5))).list();
        });
    }

    /**
     * Where a type's number is found: the pool's column that holds it, the join that brings it in, and every
     * (number, household) pair of the tables the pool reads it from.
     */
    private record Numbers(String column, String join, String holders) {

        static Numbers of(FlagType type) {
            return switch (type) {
                case DUPLICATE_NIK -> new Numbers("m.nik", "JOIN household_member m ON m.household_id = p.household_id",
                        "SELECT nik AS number, household_id FROM household_member");
                case DUPLICATE_KK -> new Numbers("h.no_kk", "JOIN household h ON h.household_id = p.household_id",
                        "SELECT no_kk AS number, household_id FROM household");
                case SHARED_ACCOUNT -> new Numbers("p.account_number", "", """
                        SELECT account_number AS number, household_id FROM payment_line
                        UNION ALL SELECT account_number, household_id FROM household""");
                default -> throw new IllegalArgumentException(type + " is not a shared-number flag");
            };
        }
    }
}

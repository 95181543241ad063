package id.bansos.reconciliation.cases.findings;

import id.bansos.reconciliation.cases.Flag;
import id.bansos.reconciliation.cases.FlagType;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Households held out of a batch before export by a blocking rule (a duplicate, an exclusive programme), and those the
 * programme rules held because the amount in the SK differs from the one computed: each is a flag with the reason.
 */
public class HeldFindings {

    private final Jdbi jdbi;

    public HeldFindings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every hold a person must look at. */
    public List<Flag> find() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT household_id, program, period, channel, reason,
                               COALESCE(rule, 'AMOUNT_MISMATCH') AS type
                        FROM cycle_held
                        WHERE rule IN ('DUPLICATE_NIK', 'DUPLICATE_KK', 'SHARED_ACCOUNT', 'PROGRAM_OVERLAP')
                           OR (rule IS NULL AND reason LIKE '%amount in SK%')""")
                .map((rs, ctx) -> {
                    FlagType type = FlagType.valueOf(rs.getString(6));
                    String where = rs.getString(2) + " " + rs.getString(3);
                    return Flag.onHousehold(type, rs.getString(1), rs.getString(4), "held " + where + " "
                            + rs.getString(1), 0, "held out of the " + where + " batch: " + rs.getString(5));
                }).list());
    }
}

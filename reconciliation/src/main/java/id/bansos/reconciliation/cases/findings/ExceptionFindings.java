package id.bansos.reconciliation.cases.findings;

import id.bansos.reconciliation.cases.Flag;
import id.bansos.reconciliation.cases.FlagType;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * What applying returned files left for a person: breaks, entries in suspense, and PT Pos payouts without their
 * proofs. A manually matched suspense entry is no longer looked at.
 */
public class ExceptionFindings {

    private final Jdbi jdbi;

    public ExceptionFindings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every exception as a flag. */
    public List<Flag> find() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT e.id, e.kind, e.source, e.channel, e.reference, e.household_id, COALESCE(e.amount, 0),
                               e.reason, f.file_name
                        FROM recon_exception e JOIN inbound_file f ON f.id = e.inbound_id
                        WHERE e.resolved_at IS NULL""")
                .map((rs, ctx) -> {
                    FlagType type = switch (rs.getString(2)) {
                        case "SUSPENSE" -> FlagType.SUSPENSE;
                        case "NO_PROOF" -> FlagType.POS_NO_PROOF;
                        default -> FlagType.RECONCILIATION_BREAK;
                    };
                    String household = rs.getString(6);
                    String caseId = household != null ? "CASE-" + household
                            : (type == FlagType.SUSPENSE ? "SUSPENSE-" : "FILES-") + rs.getString(4);
                    String entry = type == FlagType.SUSPENSE ? " [suspense entry " + rs.getLong(1) + "]" : "";
                    return new Flag(type + ":" + rs.getString(3), caseId, type, household, rs.getString(4),
                            rs.getString(5), rs.getLong(7), rs.getString(8) + " (file " + rs.getString(9) + ")"
                                    + entry);
                }).list());
    }
}

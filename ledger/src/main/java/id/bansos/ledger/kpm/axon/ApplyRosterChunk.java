package id.bansos.ledger.kpm.axon;

import id.bansos.ledger.kpm.Entitlement;
import id.bansos.ledger.kpm.HouseholdRecord;
import java.time.YearMonth;
import java.util.List;

/**
 * Many roster lines in one unit of work: the same decisions as {@link ApplyRosterLine}, with one batched append.
 *
 * @param lines   the lines whose input changed since it was last applied
 * @param dropped households missing from a full roster
 */
public record ApplyRosterChunk(String importId, YearMonth period, List<Line> lines, List<String> dropped) {

    /**
     * One roster line.
     *
     * @param known       whether the ledger already has this household (then it is loaded, else created)
     * @param fingerprint the hash of this line and its computed entitlements, recorded once applied
     */
    public record Line(HouseholdRecord record, List<Entitlement> entitlements, boolean known, String fingerprint) {
    }
}

package id.bansos.disbursement.batch;

import java.util.Comparator;
import java.util.List;

/**
 * How many distinct approvers a batch needs, by its total: e.g. one up to Rp10 miliar, two from Rp10 miliar.
 *
 * @param bands each band's lowest total (inclusive, whole rupiah) and the approvals it needs
 */
public record ApprovalBands(List<Band> bands) {

    public ApprovalBands {
        if (bands.isEmpty() || bands.stream().noneMatch(b -> b.fromTotal() == 0)) {
            throw new IllegalArgumentException("approval bands must start at a total of Rp 0");
        }
        if (bands.stream().anyMatch(b -> b.approvals() < 1)) {
            throw new IllegalArgumentException("every approval band needs at least one approval");
        }
        bands = bands.stream().sorted(Comparator.comparingLong(Band::fromTotal)).toList();
    }

    /** One approval up to Rp10 miliar, two from there. */
    public static ApprovalBands standard() {
        return new ApprovalBands(List.of(new Band(0, 1), new Band(10_000_000_000L, 2)));
    }

    /** The approvals a batch with this total needs. */
    public int approvalsFor(long total) {
        int needed = 1;
        for (Band band : bands) {
            if (total >= band.fromTotal()) {
                needed = band.approvals();
            }
        }
        return needed;
    }

    /** From this total (inclusive) up, this many distinct approvals. */
    public record Band(long fromTotal, int approvals) {
    }
}

package id.bansos.bank.simulator;

import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What the bank and PT Pos simulators decide, and when. Every outcome is drawn from a random generator seeded with
 * {@code seed} and the payment reference alone, so the same inputs and seed give the same files byte for byte, and a
 * payment's fate does not depend on the other lines of the file. No wall-clock time is used: dates come from the
 * input file (the requested execution date, the collection window) and times are fixed hours in {@code offset}.
 *
 * @param seed                the seed of every draw
 * @param rates               how often each outcome happens
 * @param returnAfterDays     days after the execution date on which a returned credit comes back (at least 1)
 * @param sweepAfterDays      days after the execution date on which credits never withdrawn are swept back to the
 *                            holding account; withdrawals happen before (greater than {@code returnAfterDays})
 * @param openingBalance      the holding account's balance before the file, whole rupiah; {@code null} for the
 *                            file's control sum
 * @param firstStatementNumber the number of the first statement ({@code ElctrncSeqNb}, MT940 {@code :28C:})
 * @param offset              the offset of every time written, WIB ({@code +07:00}) by default
 */
public record SimulationOptions(long seed, Rates rates, int returnAfterDays, int sweepAfterDays, Long openingBalance,
                                long firstStatementNumber, ZoneOffset offset) {

    /** Western Indonesia Time. */
    public static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    public SimulationOptions {
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(offset, "offset");
        if (returnAfterDays < 1 || sweepAfterDays <= returnAfterDays) {
            throw new IllegalArgumentException("returnAfterDays " + returnAfterDays + " must be at least 1 and"
                    + " sweepAfterDays " + sweepAfterDays + " greater than it");
        }
        if (firstStatementNumber < 1) {
            throw new IllegalArgumentException("firstStatementNumber " + firstStatementNumber + " is not at least 1");
        }
    }

    /** The given seed and rates; returns after 3 days, sweeps after 30, statement numbers from 1, WIB. */
    public static SimulationOptions of(long seed, Rates rates) {
        return new SimulationOptions(seed, rates, 3, 30, null, 1, WIB);
    }

    /** The same options with another seed. */
    public SimulationOptions withSeed(long newSeed) {
        return new SimulationOptions(newSeed, rates, returnAfterDays, sweepAfterDays, openingBalance,
                firstStatementNumber, offset);
    }

    /**
     * How often each outcome happens, as a probability per payment (0 to 1). The bank's outcomes are exclusive: their
     * rates add up to at most 1, and what is left is credited and withdrawn. PT Pos: a payout is not collected with
     * {@code posNotCollected}; a paid one lacks one proof (signature, photo or geotag, drawn evenly) with
     * {@code posMissingProof}.
     *
     * @param rejectAc01      rejected: incorrect account number
     * @param rejectAc04      rejected: closed account
     * @param rejectAc06      rejected: blocked account
     * @param rejectMd07      rejected: end customer deceased
     * @param returnAc04      credited, then returned: account closed
     * @param returnMd07      credited, then returned: end customer deceased
     * @param doubleCredit    credited twice by the bank (and withdrawn once)
     * @param unclaimed       credited, never withdrawn, swept back after {@code sweepAfterDays}
     * @param posNotCollected PT Pos: not collected
     * @param posMissingProof PT Pos: paid without one of the proofs
     */
    public record Rates(double rejectAc01, double rejectAc04, double rejectAc06, double rejectMd07,
                        double returnAc04, double returnMd07, double doubleCredit, double unclaimed,
                        double posNotCollected, double posMissingProof) {

        public Rates {
            double[] all = {rejectAc01, rejectAc04, rejectAc06, rejectMd07, returnAc04, returnMd07, doubleCredit,
                unclaimed, posNotCollected, posMissingProof};
            for (double rate : all) {
                if (!(rate >= 0 && rate <= 1)) {
                    throw new IllegalArgumentException("a rate is a probability from 0 to 1, not " + rate);
                }
            }
            if (bankTotal(all) > 1) {
                throw new IllegalArgumentException("the bank's rates add up to " + bankTotal(all) + ", more than 1");
            }
        }

        /** Everything credited, withdrawn and paid with full proof. */
        public static Rates none() {
            return new Rates(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        /** Every outcome at a few percent: 1% per reject code, 1% per return code, 0.5% double credits, 5%
         *  unclaimed, 5% PT Pos not collected, 3% paid without full proof. */
        public static Rates typical() {
            return new Rates(0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.005, 0.05, 0.05, 0.03);
        }

        private static double bankTotal(double[] all) {
            double total = 0;
            for (int i = 0; i < 8; i++) {
                total += all[i];
            }
            return total;
        }
    }
}

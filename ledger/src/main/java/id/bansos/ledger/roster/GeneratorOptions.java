package id.bansos.ledger.roster;

/**
 * How a synthetic roster is generated. Rates are fractions of households (0.002 = 0.2 %).
 *
 * @param deceasedPengurusRate households whose pengurus is reported deceased
 * @param deceasedMemberRate   households with another member reported deceased
 * @param duplicateNikRate     households holding a member whose NIK already belongs to another household
 * @param duplicateKkRate      households registered under another household's No. KK
 * @param sharedAccountRate    households paid into another household's bank account
 */
public record GeneratorOptions(int households, long seed, double deceasedPengurusRate, double deceasedMemberRate,
                               double duplicateNikRate, double duplicateKkRate, double sharedAccountRate) {

    public GeneratorOptions {
        if (households < 0) {
            throw new IllegalArgumentException("households must not be negative");
        }
        for (double rate : new double[] {deceasedPengurusRate, deceasedMemberRate, duplicateNikRate, duplicateKkRate,
                sharedAccountRate}) {
            if (rate < 0 || rate > 1) {
                throw new IllegalArgumentException("rates are fractions from 0 to 1");
            }
        }
    }

    /** Realistic defaults with a few planted cases of each kind. */
    public static GeneratorOptions of(int households, long seed) {
        return new GeneratorOptions(households, seed, 0.003, 0.005, 0.002, 0.001, 0.001);
    }

    /** A clean roster: nothing planted. */
    public static GeneratorOptions clean(int households, long seed) {
        return new GeneratorOptions(households, seed, 0, 0, 0, 0, 0);
    }
}

package id.bansos.reconciliation.trail;

/**
 * One movement of money from one account to another, in whole rupiah, with what caused it.
 *
 * @param reference the payment reference, batch id, SP2D or deposit number the movement belongs to
 */
public record Posting(TrailKey key, Account from, Account to, long amount, String reason, String reference) {

    public Posting {
        if (amount <= 0) {
            throw new IllegalArgumentException("a posting moves a positive amount of rupiah, not " + amount);
        }
        if (from == to) {
            throw new IllegalArgumentException("a posting moves money between two different accounts");
        }
    }
}

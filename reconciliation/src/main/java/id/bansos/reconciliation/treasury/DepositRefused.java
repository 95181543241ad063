package id.bansos.reconciliation.treasury;

/** A deposit the rules refuse; the message says why. */
public class DepositRefused extends RuntimeException {

    public DepositRefused(String message) {
        super(message);
    }
}

package id.bansos.reconciliation.matching;

/** A request about a manual match that its rules refuse; the message says why. */
public class SuspenseMatchRefused extends RuntimeException {

    public SuspenseMatchRefused(String message) {
        super(message);
    }
}

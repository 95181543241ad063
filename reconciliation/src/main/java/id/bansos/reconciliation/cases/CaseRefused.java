package id.bansos.reconciliation.cases;

/** A request on a case that its rules refuse; the message says why. */
public class CaseRefused extends RuntimeException {

    public CaseRefused(String message) {
        super(message);
    }
}

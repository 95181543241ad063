package id.bansos.ledger.kpm;

/** A reported outcome that does not fit the payment; reconciliation keeps it as a break for an investigator. */
public class OutcomeRefused extends RuntimeException {

    public OutcomeRefused(String message) {
        super(message);
    }
}

package id.bansos.reconciliation.trail;

import id.bansos.reconciliation.trail.MoneyMovement.Credited;
import id.bansos.reconciliation.trail.MoneyMovement.DepositedToTreasury;
import id.bansos.reconciliation.trail.MoneyMovement.DoubleCredited;
import id.bansos.reconciliation.trail.MoneyMovement.Funded;
import id.bansos.reconciliation.trail.MoneyMovement.Instructed;
import id.bansos.reconciliation.trail.MoneyMovement.IntoSuspense;
import id.bansos.reconciliation.trail.MoneyMovement.Rejected;
import id.bansos.reconciliation.trail.MoneyMovement.ReturnedAfterCredit;
import id.bansos.reconciliation.trail.MoneyMovement.SuspenseMatchedToReturn;

/** The one posting each movement of money makes. */
public final class PostingRules {

    private PostingRules() {
    }

    /** The posting for a movement. */
    public static Posting postingFor(MoneyMovement m) {
        if (m instanceof Funded f) {
            return new Posting(m.key(), Account.BUDGET, Account.HOLDING, m.amount(), "funded (SP2D)", f.batchId());
        }
        if (m instanceof Instructed i) {
            return new Posting(m.key(), Account.HOLDING, Account.IN_FLIGHT, m.amount(), "instructed", i.reference());
        }
        if (m instanceof Credited c) {
            return new Posting(m.key(), Account.IN_FLIGHT, Account.CREDITED, m.amount(), "credited", c.reference());
        }
        if (m instanceof Rejected r) {
            return new Posting(m.key(), Account.IN_FLIGHT, Account.RETURNED, m.amount(), "rejected", r.reference());
        }
        if (m instanceof ReturnedAfterCredit r) {
            return new Posting(m.key(), Account.CREDITED, Account.RETURNED, m.amount(), "returned after credit",
                    r.reference());
        }
        if (m instanceof DoubleCredited d) {
            return new Posting(m.key(), Account.HOLDING, Account.CREDITED, m.amount(), "credited a second time",
                    d.reference());
        }
        if (m instanceof DepositedToTreasury d) {
            return new Posting(m.key(), Account.RETURNED, Account.TREASURY, m.amount(), "deposited to kas negara",
                    d.depositReference());
        }
        if (m instanceof IntoSuspense s) {
            return new Posting(m.key(), Account.HOLDING, Account.SUSPENSE, m.amount(), "unmatched bank entry",
                    s.bankReference());
        }
        SuspenseMatchedToReturn s = (SuspenseMatchedToReturn) m;
        return new Posting(m.key(), Account.SUSPENSE, Account.RETURNED, m.amount(), "suspense matched to a return",
                s.reference());
    }
}

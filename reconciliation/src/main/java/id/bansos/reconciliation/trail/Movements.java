package id.bansos.reconciliation.trail;

import id.bansos.ledger.kpm.HouseholdEvent;
import id.bansos.ledger.kpm.PaymentCredited;
import id.bansos.ledger.kpm.PaymentDoubleCredited;
import id.bansos.ledger.kpm.PaymentRejected;
import id.bansos.ledger.kpm.PaymentReturned;
import java.util.Optional;

/** The movement of money a household's payment event means, if any. */
public final class Movements {

    private Movements() {
    }

    /** The movement an outcome event of a payment means; other household events move no money. */
    public static Optional<MoneyMovement> of(HouseholdEvent event) {
        if (event instanceof PaymentRejected e) {
            return Optional.of(new MoneyMovement.Rejected(new TrailKey(e.program(), e.period(), e.channel()),
                    e.reference(), e.amount()));
        }
        if (event instanceof PaymentCredited e) {
            return Optional.of(new MoneyMovement.Credited(new TrailKey(e.program(), e.period(), e.channel()),
                    e.reference(), e.amount()));
        }
        if (event instanceof PaymentDoubleCredited e) {
            return Optional.of(new MoneyMovement.DoubleCredited(new TrailKey(e.program(), e.period(), e.channel()),
                    e.reference(), e.amount()));
        }
        if (event instanceof PaymentReturned e) {
            TrailKey key = new TrailKey(e.program(), e.period(), e.channel());
            return Optional.of(e.afterCredit() ? new MoneyMovement.ReturnedAfterCredit(key, e.reference(), e.amount())
                    : new MoneyMovement.Rejected(key, e.reference(), e.amount()));
        }
        return Optional.empty();
    }
}

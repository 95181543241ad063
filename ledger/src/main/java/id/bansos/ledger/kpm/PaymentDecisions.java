package id.bansos.ledger.kpm;

import java.util.List;
import java.util.Optional;

/**
 * The household's payment rules as pure functions. The rule the household keeps for itself: one standing payment per
 * program and period — a line is never instructed twice; another attempt only after the first was released (or, later,
 * came back).
 */
public final class PaymentDecisions {

    private PaymentDecisions() {
    }

    /**
     * What scheduling asked for: the events that follow, or why the household is held out of the batch.
     *
     * @param refusal null when scheduled (or already scheduled in this batch: then there are no events)
     */
    public record Outcome(List<HouseholdEvent> events, String refusal) {
        static Outcome refused(String reason) {
            return new Outcome(List.of(), reason);
        }

        /** True when the household is held out of the batch. */
        public boolean refused() {
            return refusal != null;
        }
    }

    /** Puts an entitlement into a batch as a payment line through the household's channel. */
    public static Outcome schedule(HouseholdState household, EntitlementKey key, String batchId, String channel) {
        if (!household.onRoster()) {
            return Outcome.refused("household is no longer on the roster");
        }
        Entitlement entitlement = household.entitlements().get(key);
        if (entitlement == null) {
            return Outcome.refused("no entitlement to " + key.program() + " in " + key.period());
        }
        if (entitlement.status() != EntitlementStatus.ELIGIBLE) {
            return Outcome.refused("entitlement is " + entitlement.status() + ": "
                    + String.join("; ", entitlement.reasons()));
        }
        Optional<Payment> standing = household.standingPayment(key);
        if (standing.isPresent()) {
            Payment p = standing.get();
            return p.batchId().equals(batchId) ? new Outcome(List.of(), null)
                    : Outcome.refused("already scheduled as " + p.reference() + " in batch " + p.batchId());
        }
        List<Payment> earlier = household.paymentsFor(key);
        boolean viaPos = earlier.stream().filter(p -> p.status() == PaymentStatus.REISSUABLE)
                .reduce((first, second) -> second).map(Payment::reissueViaPos).orElse(false);
        Channel current = viaPos ? new Channel.Pos() : household.record().channel();
        if (!current.code().equals(channel)) {
            return Outcome.refused("household is now paid through " + current.code() + ", not " + channel);
        }
        int attempt = earlier.size() + 1;
        String reference = PaymentReference.of(household.householdId(), key.program(), key.period(), attempt);
        return new Outcome(List.of(new PaymentScheduled(household.householdId(), reference, key.program(), key.period(),
                attempt, entitlement.amount(), current, batchId)), null);
    }

    /** Takes a scheduled line out of its batch before export. Releasing it again changes nothing. */
    public static List<HouseholdEvent> release(HouseholdState household, String reference, String reason) {
        Payment payment = household.payments().get(reference);
        if (payment == null) {
            throw new IllegalArgumentException("household " + household.householdId() + " has no payment " + reference);
        }
        if (payment.status() == PaymentStatus.RELEASED) {
            return List.of();
        }
        if (payment.status() != PaymentStatus.SCHEDULED) {
            throw new IllegalStateException("payment " + reference + " is " + payment.status()
                    + " and cannot be released");
        }
        return List.of(new PaymentReleased(household.householdId(), reference, payment.batchId(), reason));
    }

    /**
     * Authorises paying a rejected or returned payment again, as a new attempt in a later batch; never one that may
     * still be in flight or that reached the household. Authorising it again changes nothing.
     */
    public static List<HouseholdEvent> authorizeReissue(HouseholdState household, String reference, String reason,
                                                        String user, boolean viaPos) {
        Payment payment = household.payments().get(reference);
        if (payment == null) {
            throw new OutcomeRefused("household " + household.householdId() + " has no payment " + reference);
        }
        if (user == null || user.isBlank() || reason == null || reason.isBlank()) {
            throw new OutcomeRefused("a re-issue names who authorises it and why");
        }
        if (payment.status() == PaymentStatus.REISSUABLE) {
            return List.of();
        }
        if (payment.status() != PaymentStatus.REJECTED && payment.status() != PaymentStatus.RETURNED) {
            throw new OutcomeRefused("payment " + reference + " is " + payment.status() + "; only a rejected or "
                    + "returned payment is paid again");
        }
        return List.of(new PaymentReissueAuthorized(household.householdId(), reference, reason.strip(), user, viaPos));
    }

    /**
     * Records what the bank or PT Pos reported about a payment. The same evidence again records nothing; a report that
     * does not fit the payment (another amount, a credit after a rejection …) is refused with the reason, for an
     * investigator to look at, and records nothing. A second credit reported by a bank is a double credit (its
     * holding account paid out twice); PT Pos pays a manifest line once, in cash, so its report of a payout already
     * paid is the same payout reported again (a report re-sent with other bytes) and records nothing.
     *
     * @throws OutcomeRefused when the report does not fit the payment
     */
    public static List<HouseholdEvent> outcome(HouseholdState household, ReportedOutcome reported) {
        Payment payment = household.payments().get(reported.reference());
        if (payment == null) {
            throw new OutcomeRefused("household " + household.householdId() + " has no payment "
                    + reported.reference());
        }
        if (payment.evidence().contains(reported.source())) {
            return List.of();
        }
        if (reported.amount() != payment.amount()) {
            throw new OutcomeRefused(reported.kind() + " of " + HouseholdTimeline.rupiah(reported.amount())
                    + " reported for payment " + payment.reference() + " of "
                    + HouseholdTimeline.rupiah(payment.amount()));
        }
        PaymentStatus status = payment.status();
        if (status == PaymentStatus.RELEASED) {
            throw new OutcomeRefused("payment " + payment.reference()
                    + " was taken out of its batch before export, yet " + reported.kind() + " was reported");
        }
        String id = household.householdId();
        switch (reported.kind()) {
            case REJECTED:
                if (status == PaymentStatus.REJECTED) {
                    return List.of();
                }
                if (status != PaymentStatus.SCHEDULED) {
                    throw new OutcomeRefused("payment " + payment.reference() + " is " + status + "; a rejection now "
                            + "contradicts it");
                }
                return List.of(new PaymentRejected(id, payment.reference(), payment.program(), payment.period(),
                        payment.channel().code(), payment.amount(), reported.reasonCode(), reported.source()));
            case CREDITED:
                if (status == PaymentStatus.SCHEDULED) {
                    return List.of(new PaymentCredited(id, payment.reference(), payment.program(), payment.period(),
                            payment.channel().code(), payment.amount(), reported.bookedOn(), reported.source()));
                }
                if (status == PaymentStatus.CREDITED && payment.channel() instanceof Channel.Pos) {
                    return List.of();
                }
                if (status == PaymentStatus.CREDITED) {
                    return List.of(new PaymentDoubleCredited(id, payment.reference(), payment.program(),
                            payment.period(), payment.channel().code(), payment.amount(), reported.bookedOn(),
                            reported.source()));
                }
                throw new OutcomeRefused("payment " + payment.reference() + " is " + status + "; a credit now "
                        + "contradicts it");
            case WITHDRAWN:
                if (payment.withdrawnOn() != null) {
                    return List.of();
                }
                if (status != PaymentStatus.CREDITED) {
                    throw new OutcomeRefused("payment " + payment.reference() + " is " + status + "; only credited "
                            + "money can be withdrawn");
                }
                return List.of(new PaymentWithdrawn(id, payment.reference(), payment.channel().code(),
                        payment.amount(), reported.bookedOn(), reported.source()));
            default:
                if (status == PaymentStatus.RETURNED) {
                    return List.of();
                }
                if (status == PaymentStatus.REJECTED) {
                    throw new OutcomeRefused("payment " + payment.reference()
                            + " was rejected; money cannot come back");
                }
                if (payment.withdrawnOn() != null) {
                    throw new OutcomeRefused("payment " + payment.reference() + " was withdrawn by the KPM on "
                            + payment.withdrawnOn() + "; money cannot come back");
                }
                return List.of(new PaymentReturned(id, payment.reference(), payment.program(), payment.period(),
                        payment.channel().code(), payment.amount(), reported.reasonCode(), reported.bookedOn(),
                        status == PaymentStatus.CREDITED, reported.source()));
        }
    }
}

package id.bansos.ledger.kpm;

/**
 * Everything that can happen to a household (KPM) in the ledger. Each event belongs to exactly one household's
 * history; the household timeline is these events in order.
 */
public sealed interface HouseholdEvent permits HouseholdRegistered, HouseholdDetailsChanged, ChannelChanged,
        PengurusChanged, MembersChanged, MemberDied, ProgramsChanged, HouseholdDroppedFromRoster,
        HouseholdReturnedToRoster, EntitlementDetermined, EntitlementRevoked, PaymentScheduled, PaymentReleased,
        PaymentRejected, PaymentCredited, PaymentDoubleCredited, PaymentReturned, PaymentWithdrawn,
        PaymentReissueAuthorized {

    /** The stable household id from the roster. */
    String householdId();
}

package id.bansos.ledger.kpm;

/** The household is now paid through another bank account or channel (bank or PT Pos). */
public record ChannelChanged(String householdId, Channel previous, Channel channel, String importId)
        implements HouseholdEvent {
}

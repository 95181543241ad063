package id.bansos.ledger.kpm;

import java.util.List;

/** Members joined or left the household, or their PKH component changed; carries the full new member list. */
public record MembersChanged(String householdId, List<Member> members, String importId) implements HouseholdEvent {
}

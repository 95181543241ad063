package id.bansos.reconciliation.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuspenseMatchTest {

    @Test
    void a_match_proposed_by_one_person_is_approved_only_by_another() {
        SuspenseMatch proposed = apply(SuspenseMatch.open(7), SuspenseMatch.open(7).propose("S6A1REF", "bank letter",
                "rina"));

        assertThatThrownBy(() -> proposed.approve("rina")).isInstanceOf(SuspenseMatchRefused.class)
                .hasMessage("rina proposed this match and cannot approve it: a second person must");
        SuspenseMatch approved = apply(proposed, proposed.approve("budi"));

        assertThat(approved.status()).isEqualTo(SuspenseMatch.Status.APPROVED);
        assertThat(approved.approve("budi")).as("approving again changes nothing").isEmpty();
        assertThatThrownBy(() -> approved.propose("S6A1OTHER", "second thoughts", "rina"))
                .isInstanceOf(SuspenseMatchRefused.class).hasMessage("entry 7 is already matched to S6A1REF");
    }

    @Test
    void a_rejected_match_leaves_the_entry_open_for_another_proposal() {
        SuspenseMatch proposed = apply(SuspenseMatch.open(7), SuspenseMatch.open(7).propose("S6A1REF", "guess",
                "rina"));

        SuspenseMatch rejected = apply(proposed, proposed.reject("amount is another household's", "budi"));

        assertThat(rejected.status()).isEqualTo(SuspenseMatch.Status.OPEN);
        assertThat(rejected.propose("S6A1OTHER", "checked with the bank", "rina")).singleElement()
                .isInstanceOf(SuspenseMatchEvent.Proposed.class);
        assertThatThrownBy(() -> rejected.approve("budi")).isInstanceOf(SuspenseMatchRefused.class)
                .hasMessage("entry 7 has no match waiting for approval");
    }

    @Test
    void a_second_proposal_while_one_waits_is_refused_and_the_same_one_again_changes_nothing() {
        SuspenseMatch proposed = apply(SuspenseMatch.open(7), SuspenseMatch.open(7).propose("S6A1REF", "bank letter",
                "rina"));

        assertThat(proposed.propose("S6A1REF", "bank letter", "rina")).isEmpty();
        assertThatThrownBy(() -> proposed.propose("S6A1OTHER", "mine", "adi")).isInstanceOf(SuspenseMatchRefused.class)
                .hasMessageContaining("already has a match to S6A1REF proposed by rina");
    }

    private static SuspenseMatch apply(SuspenseMatch match, List<SuspenseMatchEvent> events) {
        SuspenseMatch next = match;
        for (SuspenseMatchEvent e : events) {
            next = next.apply(e);
        }
        return next;
    }
}

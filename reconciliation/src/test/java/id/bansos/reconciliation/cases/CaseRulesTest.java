package id.bansos.reconciliation.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseRulesTest {

    private static final Flag UNCLAIMED = Flag.onHousehold(FlagType.UNCLAIMED, "KPM-1", "BRI", "S6A1REF", 600_000,
            "credited, never withdrawn");

    @Test
    void a_ground_check_outcome_is_recorded_only_after_one_was_requested() {
        CaseState open = apply(CaseState.none("CASE-KPM-1"), CaseDecisions.raise(CaseState.none("CASE-KPM-1"),
                UNCLAIMED, "recon-job"));
        assertThatThrownBy(() -> CaseDecisions.resolve(open, Resolution.GROUND_CHECKED, "KPM moved", "dewi"))
                .isInstanceOf(CaseRefused.class).hasMessage("no ground check was requested on case CASE-KPM-1");

        CaseState checking = apply(open, CaseDecisions.requestGroundCheck(open, "visit the address; is the KPM there?",
                "dewi"));

        assertThat(CaseDecisions.resolve(checking, Resolution.GROUND_CHECKED, "KPM moved to Bekasi", "dewi"))
                .singleElement().isInstanceOf(CaseEvent.Resolved.class);
    }

    @Test
    void by_default_duplicates_and_deaths_block_the_next_batch_and_other_flags_inform() {
        FlagRules rules = FlagRules.defaults();

        assertThat(rules.blocking(FlagType.DUPLICATE_NIK)).isTrue();
        assertThat(rules.blocking(FlagType.DECEASED)).isTrue();
        assertThat(rules.blocking(FlagType.UNCLAIMED)).isFalse();
        assertThat(rules.enabled(FlagType.UNCLAIMED)).isTrue();
        assertThat(rules.unclaimedDays()).isEqualTo(90);
        FlagRules switchedOff = rules.with(FlagType.DECEASED, new FlagRules.Rule(false, true));
        assertThat(switchedOff.enabled(FlagType.DECEASED)).isFalse();
        assertThat(switchedOff.blocking(FlagType.DECEASED)).as("a rule switched off blocks nothing").isFalse();
    }

    private static CaseState apply(CaseState state, List<CaseEvent> events) {
        CaseState next = state;
        for (CaseEvent e : events) {
            next = next.apply(e);
        }
        return next;
    }
}

package id.bansos.ledger.roster;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.MemberStatus;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterGeneratorTest {

    @Test
    void the_same_seed_gives_the_same_bytes_and_another_seed_another_roster() {
        assertThat(csv(5000, 7)).isEqualTo(csv(5000, 7));
        assertThat(csv(5000, 7)).isNotEqualTo(csv(5000, 8));
    }

    @Test
    void every_planted_case_is_recorded_and_present_in_the_roster() {
        List<HouseholdRecord> households = new ArrayList<>();
        PlantedCases planted = new RosterGenerator(new GeneratorOptions(20_000, 3, 0.01, 0.01, 0.005, 0.005, 0.005))
                .generate(households::add);
        Map<String, HouseholdRecord> byId = new HashMap<>();
        households.forEach(h -> byId.put(h.householdId(), h));

        assertThat(planted.deceasedPengurus()).isNotEmpty().allSatisfy(id -> assertThat(byId.get(id).members().get(0).status())
                .isEqualTo(MemberStatus.DECEASED));
        assertThat(planted.duplicateKk()).isNotEmpty().allSatisfy(p -> assertThat(byId.get(p.householdId()).noKk())
                .isEqualTo(byId.get(p.copiesHouseholdId()).noKk()));
        assertThat(planted.sharedAccount()).isNotEmpty().allSatisfy(p -> assertThat(byId.get(p.householdId()).channel())
                .isEqualTo(byId.get(p.copiesHouseholdId()).channel()));
        assertThat(planted.duplicateNik()).isNotEmpty().allSatisfy(p -> assertThat(byId.get(p.householdId()).members())
                .anyMatch(m -> byId.get(p.copiesHouseholdId()).members().stream().anyMatch(o -> o.nik().equals(m.nik()))));
    }

    @Test
    void a_clean_roster_has_unique_niks_kk_numbers_and_accounts_and_channels_follow_the_region() {
        List<HouseholdRecord> households = new ArrayList<>();
        PlantedCases planted = new RosterGenerator(GeneratorOptions.clean(20_000, 5)).generate(households::add);

        assertThat(planted.duplicateNik()).isEmpty();
        assertThat(households.stream().flatMap(h -> h.members().stream()).map(m -> m.nik().value()).distinct().count())
                .isEqualTo(households.stream().mapToLong(h -> h.members().size()).sum());
        assertThat(households.stream().map(h -> h.noKk().value()).distinct().count()).isEqualTo(households.size());
        assertThat(households.stream().filter(h -> h.channel() instanceof Channel.Bank)
                .map(h -> ((Channel.Bank) h.channel()).accountNumber()).distinct().count())
                .isEqualTo(households.stream().filter(h -> h.channel() instanceof Channel.Bank).count());
        assertThat(households.stream().filter(h -> h.regionCode().startsWith("11")))
                .isNotEmpty().allSatisfy(h -> assertThat(h.channel().code()).isIn("BSI", "POS"));
        double pos = households.stream().filter(h -> h.channel() instanceof Channel.Pos).count() / (double) households.size();
        assertThat(pos).isBetween(0.05, 0.10);
    }

    private static String csv(int households, long seed) {
        StringWriter out = new StringWriter();
        RosterWriter writer = new RosterWriter(out);
        new RosterGenerator(GeneratorOptions.of(households, seed)).generate(writer::write);
        return out.toString();
    }
}

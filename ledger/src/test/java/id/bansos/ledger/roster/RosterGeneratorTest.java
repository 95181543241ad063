package id.bansos.ledger.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.Member;
import id.bansos.ledger.kpm.MemberStatus;
import id.bansos.ledger.kpm.PkhComponent;
import id.bansos.ledger.program.EntitlementCalculator;
import id.bansos.ledger.program.ProgramRules;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterGeneratorTest {

    @TempDir
    Path dir;

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

        assertThat(planted.deceasedPengurus()).isNotEmpty()
                .allSatisfy(id -> assertThat(byId.get(id).members().get(0).status())
                        .isEqualTo(MemberStatus.DECEASED));
        assertThat(planted.duplicateKk()).isNotEmpty().allSatisfy(p -> assertThat(byId.get(p.householdId()).noKk())
                .isEqualTo(byId.get(p.copiesHouseholdId()).noKk()));
        assertThat(planted.sharedAccount()).isNotEmpty().allSatisfy(p -> assertThat(byId.get(p.householdId()).channel())
                .isEqualTo(byId.get(p.copiesHouseholdId()).channel()));
        assertThat(planted.duplicateNik()).isNotEmpty().allSatisfy(p -> assertThat(byId.get(p.householdId()).members())
                .anyMatch(m -> byId.get(p.copiesHouseholdId()).members().stream()
                        .anyMatch(o -> o.nik().equals(m.nik()))));
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
        double pos = households.stream().filter(h -> h.channel() instanceof Channel.Pos).count()
                / (double) households.size();
        assertThat(pos).isBetween(0.05, 0.10);
    }

    @Test
    void the_static_entry_point_generates_the_same_roster_as_an_instance() {
        List<HouseholdRecord> viaStatic = new ArrayList<>();
        List<HouseholdRecord> viaInstance = new ArrayList<>();

        RosterGenerator.generate(GeneratorOptions.of(500, 9), viaStatic::add);
        new RosterGenerator(GeneratorOptions.of(500, 9)).generate(viaInstance::add);

        assertThat(viaStatic).isEqualTo(viaInstance);
    }

    @Test
    void zero_rates_plant_nothing() {
        PlantedCases planted = RosterGenerator.generate(GeneratorOptions.clean(20_000, 13), h -> { });

        assertThat(List.of(planted.deceasedPengurus(), planted.deceasedMember(), planted.duplicateNik(),
                planted.duplicateKk(), planted.sharedAccount())).allSatisfy(list -> assertThat(list).isEmpty());
    }

    @Test
    void account_numbers_have_the_configured_lengths_and_the_reader_with_those_rules_accepts_them() throws IOException {
        BankAccountRules banks = new BankAccountRules(Map.of("BRI", 15, "BNI", 12, "MANDIRI", 13, "BTN", 16,
                "BSI", 11));
        Path file = dir.resolve("lengths.csv");
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            RosterWriter roster = new RosterWriter(writer);
            new RosterGenerator(GeneratorOptions.of(3000, 4), banks).generate(h -> {
                if (h.channel() instanceof Channel.Bank b) {
                    assertThat(b.accountNumber()).hasSize(banks.lengths().get(b.bankCode()));
                }
                roster.write(h);
            });
        }
        RosterReader reader = new RosterReader(file, banks, Set.of("PKH", "SEMBAKO"));

        assertThat(reader.validateAll()).isEmpty();
        assertThat(reader.valid()).isEqualTo(3000);
        assertThatThrownBy(() -> new RosterGenerator(GeneratorOptions.of(1, 1),
                new BankAccountRules(Map.of("BRI", 15, "BNI", 8, "MANDIRI", 13, "BTN", 16, "BSI", 10))))
                .hasMessageContaining("at least 10 digits for BNI");
    }

    @Test
    void members_components_follow_their_ages_and_numbers_follow_the_region() {
        List<HouseholdRecord> households = new ArrayList<>();
        RosterGenerator.generate(GeneratorOptions.clean(10_000, 21), households::add);

        assertThat(households).allSatisfy(h -> {
            String province = h.regionCode().substring(0, 2);
            assertThat(h.noKk().value()).startsWith(h.regionCode().substring(0, 6));
            assertThat(h.pengurusNik()).isEqualTo(h.members().get(0).nik());
            assertThat(h.members()).allSatisfy(m -> {
                assertThat(m.nik().province()).isEqualTo(province);
                assertThat(m.component()).isIn(expectedComponents(m));
            });
        });
        long java = households.stream().filter(h -> h.regionCode().charAt(0) == '3').count();
        assertThat(java / (double) households.size()).isBetween(0.5, 0.65);
        assertThat(households.stream().filter(h -> h.programs().stream().anyMatch(p -> p.program().equals("PKH")))
                .count() / (double) households.size()).isBetween(0.40, 0.55);
        assertThat(households.stream().filter(h -> h.programs().stream().anyMatch(p -> p.program().equals("SEMBAKO")))
                .count() / (double) households.size()).isBetween(0.85, 0.95);
        assertThat(households).extracting(HouseholdRecord::desil).allSatisfy(d -> assertThat(d).isBetween(1, 6));
    }

    @Test
    void jabodetabek_is_paid_mostly_by_bni_and_mandiri_and_the_east_more_often_by_pt_pos() {
        List<HouseholdRecord> households = new ArrayList<>();
        RosterGenerator.generate(GeneratorOptions.clean(40_000, 8), households::add);

        List<HouseholdRecord> jakarta = households.stream().filter(h -> h.regionCode().startsWith("31")).toList();
        List<HouseholdRecord> east = households.stream().filter(h -> h.regionCode().matches("(53|8\\d|9\\d).*"))
                .toList();
        assertThat(jakarta.stream().filter(h -> h.channel().code().matches("BNI|MANDIRI")).count())
                .isGreaterThan(jakarta.size() / 2);
        assertThat(east.stream().filter(h -> h.channel() instanceof Channel.Pos).count() / (double) east.size())
                .isBetween(0.15, 0.35);
    }

    @Test
    void every_planted_deceased_pengurus_is_held_by_the_entitlement_rules() {
        List<HouseholdRecord> households = new ArrayList<>();
        PlantedCases planted = RosterGenerator.generate(new GeneratorOptions(5000, 6, 0.01, 0, 0, 0, 0),
                households::add);
        ProgramRules rules = ProgramRules.load(2026);

        assertThat(planted.deceasedPengurus()).isNotEmpty();
        households.stream().filter(h -> planted.deceasedPengurus().contains(h.householdId())).forEach(h ->
                assertThat(EntitlementCalculator.compute(h, "SEMBAKO", YearMonth.of(2026, 10), rules)
                        .or(() -> EntitlementCalculator.compute(h, "PKH", YearMonth.of(2026, 10), rules)))
                        .hasValueSatisfying(e -> assertThat(e.reasons())
                                .contains("pengurus deceased: change of pengurus required")));
    }

    private static List<PkhComponent> expectedComponents(Member m) {
        int age = Period.between(m.birthDate(), RosterGenerator.AS_OF).getYears();
        PkhComponent byAge = age <= 6 ? PkhComponent.ANAK_USIA_DINI : age <= 12 ? PkhComponent.SD
                : age <= 15 ? PkhComponent.SMP : age <= 18 ? PkhComponent.SMA : age >= 60 ? PkhComponent.LANSIA : null;
        return Arrays.asList(byAge, PkhComponent.DISABILITAS_BERAT, PkhComponent.IBU_HAMIL);
    }

    private static String csv(int households, long seed) {
        StringWriter out = new StringWriter();
        RosterWriter writer = new RosterWriter(out);
        new RosterGenerator(GeneratorOptions.of(households, seed)).generate(writer::write);
        return out.toString();
    }
}

package id.bansos.ledger.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.Entitlement;
import id.bansos.ledger.kpm.EntitlementLine;
import id.bansos.ledger.kpm.EntitlementStatus;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.Member;
import id.bansos.ledger.kpm.MemberStatus;
import id.bansos.ledger.kpm.Nik;
import id.bansos.ledger.kpm.NoKk;
import id.bansos.ledger.kpm.PkhComponent;
import id.bansos.ledger.kpm.ProgramEnrolment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntitlementCalculatorTest {

    private static final ProgramRules RULES_2026 = ProgramRules.load(2026);
    private static final YearMonth TAHAP_4 = YearMonth.of(2026, 10);
    private static final Nik MOTHER = Nik.parse("3201014508900001");

    @Test
    void pkh_counts_at_most_four_components_the_highest_valued_first() {
        HouseholdRecord h = household(2, List.of(PkhComponent.SD, PkhComponent.SMA, PkhComponent.ANAK_USIA_DINI,
                PkhComponent.LANSIA, PkhComponent.SMP), MemberStatus.ALIVE, null);

        Entitlement e = EntitlementCalculator.compute(h, "PKH", TAHAP_4, RULES_2026).orElseThrow();

        assertThat(e.amount()).isEqualTo(750_000 + 600_000 + 500_000 + 375_000);
        assertThat(e.lines()).filteredOn(EntitlementLine::counted).hasSize(4);
        assertThat(e.lines()).filteredOn(l -> !l.counted()).singleElement()
                .satisfies(l -> assertThat(l.label()).isEqualTo("SD"));
        assertThat(e.ruleVersion()).isEqualTo("2026.1");
        assertThat(e.status()).isEqualTo(EntitlementStatus.ELIGIBLE);
    }

    @Test
    void a_deceased_members_component_is_not_counted() {
        HouseholdRecord h = household(2, List.of(PkhComponent.SD), MemberStatus.DECEASED, null);

        Entitlement e = EntitlementCalculator.compute(h, "PKH", TAHAP_4, RULES_2026).orElseThrow();

        assertThat(e.amount()).isZero();
        assertThat(e.status()).isEqualTo(EntitlementStatus.HELD);
        assertThat(e.reasons()).containsExactly("no PKH component among the living members");
    }

    @Test
    void sembako_pays_rp_600_000_per_tahap_and_nothing_in_other_months() {
        HouseholdRecord h = household(2, List.of(), MemberStatus.ALIVE, null);

        assertThat(EntitlementCalculator.compute(h, "SEMBAKO", TAHAP_4, RULES_2026).orElseThrow().amount())
                .isEqualTo(600_000);
        assertThat(EntitlementCalculator.compute(h, "SEMBAKO", YearMonth.of(2026, 11), RULES_2026)).isEmpty();
    }

    @Test
    void a_desil_above_the_limit_and_an_sk_amount_that_differs_hold_the_entitlement_with_both_reasons() {
        HouseholdRecord h = household(7, List.of(), MemberStatus.ALIVE, 500_000L);

        Entitlement e = EntitlementCalculator.compute(h, "SEMBAKO", TAHAP_4, RULES_2026).orElseThrow();

        assertThat(e.status()).isEqualTo(EntitlementStatus.HELD);
        assertThat(e.reasons()).containsExactly("desil 7 above the program's limit of 4",
                "amount in SK Rp 500.000 differs from computed Rp 600.000");
    }

    @Test
    void a_deceased_pengurus_holds_every_entitlement() {
        HouseholdRecord h = household(2, List.of(), MemberStatus.ALIVE, null);
        HouseholdRecord bereaved = new HouseholdRecord(h.householdId(), h.noKk(), h.pengurusNik(), h.pengurusName(),
                h.regionCode(), h.address(), h.desil(), h.channel(), h.programs(),
                List.of(new Member(MOTHER, "Siti", LocalDate.of(1990, 8, 5), MemberStatus.DECEASED, null)));

        Entitlement e = EntitlementCalculator.compute(bereaved, "SEMBAKO", TAHAP_4, RULES_2026).orElseThrow();

        assertThat(e.reasons()).containsExactly("pengurus deceased: change of pengurus required");
    }

    @Test
    void blt_kesra_pays_rp_900_000_in_october_2025() {
        HouseholdRecord h = household(2, List.of(), MemberStatus.ALIVE, null);
        HouseholdRecord blt = new HouseholdRecord(h.householdId(), h.noKk(), h.pengurusNik(), h.pengurusName(),
                h.regionCode(), h.address(), h.desil(), h.channel(), List.of(new ProgramEnrolment("BLT", null)),
                h.members());

        assertThat(EntitlementCalculator.compute(blt, "BLT", YearMonth.of(2025, 10), ProgramRules.load(2025))
                .orElseThrow().amount()).isEqualTo(900_000);
    }

    @Test
    void a_year_without_a_rules_file_is_a_clear_error() {
        assertThatThrownBy(() -> ProgramRules.load(2031)).hasMessageContaining("no program rules for 2031");
    }

    @Test
    void each_component_line_names_the_member_by_a_masked_nik() {
        HouseholdRecord h = household(2, List.of(PkhComponent.SMP), MemberStatus.ALIVE, null);

        Entitlement e = EntitlementCalculator.compute(h, "PKH", TAHAP_4, RULES_2026).orElseThrow();

        assertThat(e.lines()).singleElement().satisfies(l -> {
            assertThat(l.label()).isEqualTo("SMP");
            assertThat(l.memberNikMasked()).isEqualTo("320101******0001");
            assertThat(l.amount()).isEqualTo(375_000);
            assertThat(l.counted()).isTrue();
        });
    }

    @Test
    void a_household_not_enrolled_in_the_program_has_no_entitlement() {
        HouseholdRecord h = household(2, List.of(PkhComponent.SD), MemberStatus.ALIVE, null);

        assertThat(EntitlementCalculator.compute(h, "BLT", YearMonth.of(2025, 10), ProgramRules.load(2025))).isEmpty();
    }

    @Test
    void blt_pays_nothing_in_2026_under_the_shipped_rules() {
        HouseholdRecord h = household(2, List.of(), MemberStatus.ALIVE, null);
        HouseholdRecord blt = new HouseholdRecord(h.householdId(), h.noKk(), h.pengurusNik(), h.pengurusName(),
                h.regionCode(), h.address(), h.desil(), h.channel(), List.of(new ProgramEnrolment("BLT", null)),
                h.members());

        assertThat(EntitlementCalculator.compute(blt, "BLT", YearMonth.of(2026, 10), RULES_2026)).isEmpty();
        assertThat(RULES_2026.source()).contains("2025");
    }

    @Test
    void a_rules_file_in_a_directory_overrides_the_shipped_one(@TempDir Path dir) throws IOException {
        String shipped = new String(ProgramRules.class.getResourceAsStream("/program-rules/2026.json").readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2026.json"), shipped.replace("\"2026.1\"", "\"2026.2\"")
                .replace("\"monthlyAmount\": 200000", "\"monthlyAmount\": 250000"));
        HouseholdRecord h = household(2, List.of(), MemberStatus.ALIVE, null);

        Entitlement e = EntitlementCalculator.compute(h, "SEMBAKO", TAHAP_4, ProgramRules.load(2026, dir))
                .orElseThrow();

        assertThat(e.amount()).isEqualTo(750_000);
        assertThat(e.ruleVersion()).isEqualTo("2026.2");
    }

    @Test
    void a_rules_file_with_an_unknown_field_is_refused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2027.json"), "{\"year\": 2027, \"version\": \"2027.1\", \"source\": \"test\","
                + " \"programs\": [], \"maxDesill\": 4}");

        assertThatThrownBy(() -> ProgramRules.load(2027, dir)).hasMessageContaining("maxDesill");
    }

    private static HouseholdRecord household(int desil, List<PkhComponent> children, MemberStatus childStatus,
                                             Long sk) {
        List<Member> members = new ArrayList<>();
        members.add(new Member(MOTHER, "Siti", LocalDate.of(1990, 8, 5), MemberStatus.ALIVE, null));
        for (int i = 0; i < children.size(); i++) {
            members.add(new Member(Nik.parse("32010112031800" + String.format("%02d", i + 1)), "Anak " + i,
                    LocalDate.of(2018, 3, 12), childStatus, children.get(i)));
        }
        return new HouseholdRecord("KPM-1", NoKk.parse("3201010101200001"), MOTHER, "Siti", "3201010001",
                "Jl. Melati 1", desil, new Channel.Bank("BRI", "000101000000001", null),
                List.of(new ProgramEnrolment("PKH", sk), new ProgramEnrolment("SEMBAKO", sk)), members);
    }
}

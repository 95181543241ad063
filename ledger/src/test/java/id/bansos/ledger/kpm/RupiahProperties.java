package id.bansos.ledger.kpm;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Amounts are written as Indonesian readers write them, whatever the amount. */
class RupiahProperties {

    @Property
    void any_amount_is_written_with_the_indonesian_grouping(@ForAll long amount) {
        String indonesian = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID")).format(amount);

        assertThat(HouseholdTimeline.rupiah(amount)).isEqualTo("Rp " + indonesian);
    }

    @Example
    void a_pkh_amount_reads_as_on_the_sk() {
        assertThat(HouseholdTimeline.rupiah(750_000)).isEqualTo("Rp 750.000");
        assertThat(HouseholdTimeline.rupiah(1_500_000)).isEqualTo("Rp 1.500.000");
        assertThat(HouseholdTimeline.rupiah(0)).isEqualTo("Rp 0");
        assertThat(HouseholdTimeline.rupiah(-2_400)).isEqualTo("Rp -2.400");
        assertThat(HouseholdTimeline.rupiah(Long.MIN_VALUE)).isEqualTo("Rp -9.223.372.036.854.775.808");
    }
}

package id.bansos.bank.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RupiahTest {

    @Test
    void a_whole_amount_becomes_whole_rupiah_whatever_its_written_scale() {
        // given amounts written with and without zero decimals
        // when converted, then they are the same whole rupiah
        assertThat(Rupiah.toLong(new BigDecimal("300000"))).isEqualTo(300_000L);
        assertThat(Rupiah.toLong(new BigDecimal("300000.00"))).isEqualTo(300_000L);
        assertThat(Rupiah.toLong(new BigDecimal("0.000"))).isZero();
    }

    @Test
    void an_amount_with_sen_cannot_become_rupiah() {
        // given an amount with a fractional part
        BigDecimal withSen = new BigDecimal("300000.50");

        // when converted, then it fails naming the amount
        assertThat(Rupiah.isWhole(withSen)).isFalse();
        assertThatThrownBy(() -> Rupiah.toLong(withSen)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("300000.50");
    }

    @Test
    void an_amount_too_large_for_a_long_cannot_become_rupiah() {
        // given an amount beyond Long.MAX_VALUE
        // when converted, then it fails
        assertThatThrownBy(() -> Rupiah.toLong(new BigDecimal("99999999999999999999")))
                .isInstanceOf(ArithmeticException.class);
    }
}

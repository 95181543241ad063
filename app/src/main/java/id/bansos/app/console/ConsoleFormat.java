package id.bansos.app.console;

import id.bansos.ledger.kpm.HouseholdTimeline;
import id.bansos.ledger.kpm.Provinces;
import id.bansos.ledger.roster.RosterColumns;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * How the console writes values, used from the templates as {@code @fmt}: rupiah as {@code Rp 1.500.000} in both
 * languages, NIK, KK and account numbers masked, provinces by name, times in WIB.
 */
@Component("fmt")
public class ConsoleFormat {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'WIB'");

    /** {@code Rp 1.500.000}. */
    public String rupiah(long amount) {
        return HouseholdTimeline.rupiah(amount);
    }

    /** A NIK, No. KK or account number with its middle digits hidden; empty for none. */
    public String masked(String number) {
        return number == null ? "" : RosterColumns.mask(number);
    }

    /** The province's name with its code, e.g. {@code Jawa Barat (32)}. */
    public String province(String code) {
        return Provinces.name(code).map(name -> name + " (" + code + ")").orElse(code);
    }

    /** A moment as Western Indonesia Time. */
    public String time(OffsetDateTime at) {
        return at == null ? "" : TIME.format(at.atZoneSameInstant(WIB));
    }

    /** An instant as Western Indonesia Time. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(WIB));
    }
}

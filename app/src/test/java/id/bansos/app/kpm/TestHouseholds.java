package id.bansos.app.kpm;

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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Households for tests: valid NIK and KK structure, a BRI account, enrolled in Sembako. */
public final class TestHouseholds {

    public static final YearMonth PERIOD = YearMonth.of(2026, 10);

    private TestHouseholds() {
    }

    /** A household of a mother (the pengurus) and a child; {@code n} makes its numbers unique. */
    public static HouseholdRecord household(String id, int n) {
        return household(id, n, new Channel.Bank("BRI", String.format("0001%011d", n), null));
    }

    /** A household paid through the given channel. */
    public static HouseholdRecord household(String id, int n, Channel channel) {
        String serial = String.format("%04d", 1 + n % 9999);
        Nik mother = Nik.parse("320101450890" + serial);
        Nik child = Nik.parse("320101120318" + serial);
        return new HouseholdRecord(id, NoKk.parse("320101010120" + serial), mother, "Siti Aminah " + n, "3201010001",
                "Jl. Melati " + n + ", Bogor", 2, channel,
                List.of(new ProgramEnrolment("SEMBAKO", null)),
                List.of(new Member(mother, "Siti Aminah " + n, LocalDate.of(1990, 8, 5), MemberStatus.ALIVE, null),
                        new Member(child, "Budi " + n, LocalDate.of(2018, 3, 12), MemberStatus.ALIVE,
                                PkhComponent.ANAK_USIA_DINI)));
    }

    /** The same household at another address. */
    public static HouseholdRecord movedTo(HouseholdRecord r, String address) {
        return new HouseholdRecord(r.householdId(), r.noKk(), r.pengurusNik(), r.pengurusName(), r.regionCode(),
                address, r.desil(), r.channel(), r.programs(), r.members());
    }

    /** The same household in another region (a 10-digit kode wilayah). */
    public static HouseholdRecord inRegion(HouseholdRecord r, String regionCode) {
        return new HouseholdRecord(r.householdId(), r.noKk(), r.pengurusNik(), r.pengurusName(), regionCode,
                r.address(), r.desil(), r.channel(), r.programs(), r.members());
    }

    /** Sembako for the test period, held with a reason. */
    public static List<Entitlement> heldSembako(String reason) {
        return List.of(new Entitlement("SEMBAKO", PERIOD, 600_000, EntitlementStatus.HELD, List.of(reason), "test-1",
                List.of(new EntitlementLine("Sembako Rp 200.000 × 3 months", null, 600_000, true))));
    }

    /** Sembako for the test period: Rp 600.000, payable. */
    public static List<Entitlement> sembako() {
        return List.of(new Entitlement("SEMBAKO", PERIOD, 600_000, EntitlementStatus.ELIGIBLE, List.of(), "test-1",
                List.of(new EntitlementLine("Sembako Rp 200.000 × 3 months", null, 600_000, true))));
    }
}

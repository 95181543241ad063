package id.bansos.ledger.kpm.readmodel;

import id.bansos.ledger.privacy.PersonalData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Reads of the household read models: summary, members, entitlements, and entitlement totals per period. */
public class HouseholdQueries {

    private final Jdbi jdbi;

    public HouseholdQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One household's summary. */
    public Optional<HouseholdSummary> household(String householdId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT household_id, no_kk, pengurus_nik, pengurus_name, region_code, address, desil, channel,
                               account_number, kks_number, programs, member_count, on_roster, registered_at, updated_at
                        FROM household WHERE household_id = :id""")
                .bind("id", householdId)
                .map((rs, ctx) -> new HouseholdSummary(rs.getString(1), revealed(rs.getString(2)),
                        revealed(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                        rs.getString(8), revealed(rs.getString(9)), revealed(rs.getString(10)), rs.getString(11),
                        rs.getInt(12), rs.getBoolean(13),
                        rs.getObject(14, OffsetDateTime.class).toInstant(),
                        rs.getObject(15, OffsetDateTime.class).toInstant()))
                .findOne());
    }

    /** A household's members. */
    public List<MemberRow> members(String householdId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT nik, name, birth_date, status, component FROM household_member
                        WHERE household_id = :id ORDER BY birth_date, nik""")
                .bind("id", householdId)
                .map((rs, ctx) -> new MemberRow(revealed(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5)))
                .list());
    }

    /** A household's entitlements, newest period first. */
    public List<EntitlementRow> entitlements(String householdId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT program, period, amount, status, reasons, rule_version, components FROM entitlement
                        WHERE household_id = :id ORDER BY period DESC, program""")
                .bind("id", householdId)
                .map((rs, ctx) -> new EntitlementRow(rs.getString(1), YearMonth.parse(rs.getString(2)), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list());
    }

    /** Households and amounts per channel and status for one program and period. */
    public List<EntitlementTotal> entitlementTotals(String program, YearMonth period) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT channel, status, COUNT(*), COALESCE(SUM(amount), 0) FROM entitlement
                        WHERE program = :program AND period = :period GROUP BY channel, status
                        ORDER BY channel, status""")
                .bind("program", program).bind("period", period.toString())
                .map((rs, ctx) -> new EntitlementTotal(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list());
    }

    private static String revealed(String token) {
        return PersonalData.current().reveal(token);
    }

    /** How many households are on the roster. */
    public long householdsOnRoster() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM household WHERE on_roster")
                .mapTo(Long.class).one());
    }

    /** A household as the read model holds it. Personal numbers are in full: mask them before showing. */
    public record HouseholdSummary(String householdId, String noKk, String pengurusNik, String pengurusName,
                                   String regionCode, String address, int desil, String channel, String accountNumber,
                                   String kksNumber, String programs, int memberCount, boolean onRoster,
                                   Instant registeredAt, Instant updatedAt) {
    }

    /** A member row. */
    public record MemberRow(String nik, String name, LocalDate birthDate, String status, String component) {
    }

    /** An entitlement row. */
    public record EntitlementRow(String program, YearMonth period, long amount, String status, String reasons,
                                 String ruleVersion, String components) {
    }

    /** Entitlements of one channel and status: how many households, how much money. */
    public record EntitlementTotal(String channel, String status, long households, long amount) {
    }
}

package id.bansos.ledger.kpm.readmodel;

import static id.bansos.ledger.readmodel.ReadModelWrites.binds;

import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.EntitlementDetermined;
import id.bansos.ledger.kpm.EntitlementLine;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.Member;
import id.bansos.ledger.kpm.ProgramEnrolment;
import id.bansos.ledger.privacy.PersonalData;
import id.bansos.ledger.readmodel.ReadModelWrites;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The household read models (household, household_member, entitlement) as statements added to a batch of writes.
 * Every write is an upsert or an update keyed by the household, so applying the same event twice leaves the same rows.
 * A household's first row and members go in the early phases (nothing earlier in a batch can touch a new household),
 * each phase one statement for the whole batch.
 */
public final class HouseholdReadModel {

    private static final ReadModelWrites.RowSet REGISTER_HOUSEHOLD = new ReadModelWrites.RowSet("""
            INSERT INTO household (household_id, no_kk, pengurus_nik, pengurus_name, region_code, province_code,
                address, desil, channel, account_number, kks_number, programs, member_count, on_roster,
                registered_at, updated_at)
            SELECT v.id, v.kk, v.nik, v.name, v.region, v.province, v.address, v.desil::smallint, v.channel, v.account,
                v.kks, v.programs, v.members::smallint, TRUE, v.at::timestamptz, v.at::timestamptz
            FROM unnest(:id::text[], :kk::text[], :nik::text[], :name::text[], :region::text[], :province::text[],
                    :address::text[], :desil::text[], :channel::text[], :account::text[], :kks::text[],
                    :programs::text[], :members::text[], :at::text[])
                AS v(id, kk, nik, name, region, province, address, desil, channel, account, kks, programs, members, at)
            ON CONFLICT (household_id) DO UPDATE SET no_kk = EXCLUDED.no_kk,
                pengurus_nik = EXCLUDED.pengurus_nik, pengurus_name = EXCLUDED.pengurus_name,
                region_code = EXCLUDED.region_code, province_code = EXCLUDED.province_code,
                address = EXCLUDED.address, desil = EXCLUDED.desil, channel = EXCLUDED.channel,
                account_number = EXCLUDED.account_number, kks_number = EXCLUDED.kks_number,
                programs = EXCLUDED.programs, member_count = EXCLUDED.member_count, on_roster = TRUE,
                updated_at = EXCLUDED.updated_at""",
            List.of("id", "kk", "nik", "name", "region", "province", "address", "desil", "channel", "account", "kks",
                    "programs", "members", "at"));
    private static final ReadModelWrites.RowSet FORGET_MEMBERS = new ReadModelWrites.RowSet(
            "DELETE FROM household_member WHERE household_id = ANY(:id::text[])", List.of("id"));
    private static final ReadModelWrites.RowSet UPSERT_MEMBERS = new ReadModelWrites.RowSet("""
            INSERT INTO household_member (household_id, nik, name, birth_date, status, component)
            SELECT v.id, v.nik, v.name, v.birth::date, v.status, v.component
            FROM unnest(:id::text[], :nik::text[], :name::text[], :birth::text[], :status::text[], :component::text[])
                AS v(id, nik, name, birth, status, component)
            ON CONFLICT (household_id, nik) DO UPDATE SET name = EXCLUDED.name, birth_date = EXCLUDED.birth_date,
                status = EXCLUDED.status, component = EXCLUDED.component""",
            List.of("id", "nik", "name", "birth", "status", "component"));
    private static final ReadModelWrites.RowSet ENTITLEMENT_DETERMINED = new ReadModelWrites.RowSet("""
            INSERT INTO entitlement (household_id, program, period, amount, status, reasons, rule_version, components,
                province_code, channel, updated_at)
            SELECT v.id, v.program, v.period, v.amount::bigint, v.status, v.reasons, v.rule, v.components,
                h.province_code, h.channel, v.at::timestamptz
            FROM unnest(:id::text[], :program::text[], :period::text[], :amount::text[], :status::text[],
                    :reasons::text[], :rule::text[], :components::text[], :at::text[])
                AS v(id, program, period, amount, status, reasons, rule, components, at)
            JOIN household h ON h.household_id = v.id
            ON CONFLICT (household_id, program, period) DO UPDATE SET amount = EXCLUDED.amount,
                status = EXCLUDED.status, reasons = EXCLUDED.reasons, rule_version = EXCLUDED.rule_version,
                components = EXCLUDED.components, updated_at = EXCLUDED.updated_at""",
            List.of("id", "program", "period", "amount", "status", "reasons", "rule", "components", "at"));

    private HouseholdReadModel() {
    }

    /**
     * A household as registered (or registered again on replay). A household is registered once, as its first event,
     * so it has no members to forget: a replay starts from empty tables, and the same registration delivered again
     * upserts the same members (any later change to them is delivered again after it).
     */
    public static void registered(ReadModelWrites w, HouseholdRecord r, Instant at) {
        w.phase(0, REGISTER_HOUSEHOLD, binds("id", r.householdId(), "kk", sealed(r.noKk().value()),
                "nik", sealed(r.pengurusNik().value()), "name", r.pengurusName(), "region", r.regionCode(),
                "province", r.regionCode().substring(0, 2), "address", r.address(), "desil", r.desil(),
                "channel", r.channel().code(), "account", account(r.channel()), "kks", kks(r.channel()),
                "programs", programs(r.programs()), "members", r.members().size(), "at", time(at)));
        for (Member m : r.members()) {
            w.phase(1, UPSERT_MEMBERS, member(r.householdId(), m));
        }
    }

    /** Family card, region, address or desil changed. */
    public static void detailsChanged(ReadModelWrites w, String householdId, String noKk, String regionCode,
                                      String address, int desil, Instant at) {
        w.ordered(householdId, """
                UPDATE household SET no_kk = :kk, region_code = :region, province_code = :province,
                    address = :address, desil = :desil, updated_at = :at WHERE household_id = :id""",
                binds("id", householdId, "kk", sealed(noKk), "region", regionCode,
                        "province", regionCode.substring(0, 2), "address", address, "desil", desil, "at", time(at)));
        w.ordered(householdId, "UPDATE entitlement SET province_code = :province WHERE household_id = :id",
                binds("id", householdId, "province", regionCode.substring(0, 2)));
    }

    /** The payment channel changed. */
    public static void channelChanged(ReadModelWrites w, String householdId, Channel channel, Instant at) {
        w.ordered(householdId, """
                UPDATE household SET channel = :channel, account_number = :account, kks_number = :kks,
                    updated_at = :at WHERE household_id = :id""",
                binds("id", householdId, "channel", channel.code(), "account", account(channel), "kks", kks(channel),
                        "at", time(at)));
        w.ordered(householdId, "UPDATE entitlement SET channel = :channel WHERE household_id = :id",
                binds("id", householdId, "channel", channel.code()));
    }

    /** The pengurus changed. */
    public static void pengurusChanged(ReadModelWrites w, String householdId, String nik, String name, Instant at) {
        w.ordered(householdId,
                "UPDATE household SET pengurus_nik = :nik, pengurus_name = :name, updated_at = :at"
                        + " WHERE household_id = :id",
                binds("id", householdId, "nik", sealed(nik), "name", name, "at", time(at)));
    }

    /** The member list changed (joined, left, component changed). */
    public static void membersChanged(ReadModelWrites w, String householdId, List<Member> members, Instant at) {
        w.ordered(householdId, FORGET_MEMBERS, binds("id", householdId));
        for (Member m : members) {
            w.ordered(householdId, UPSERT_MEMBERS, member(householdId, m));
        }
        w.ordered(householdId, "UPDATE household SET member_count = :n, updated_at = :at WHERE household_id = :id",
                binds("id", householdId, "n", members.size(), "at", time(at)));
    }

    /** One member was reported deceased. */
    public static void memberDied(ReadModelWrites w, String householdId, String nik, Instant at) {
        w.ordered(householdId,
                "UPDATE household_member SET status = 'DECEASED' WHERE household_id = :id AND nik = :nik",
                binds("id", householdId, "nik", sealed(nik)));
        w.ordered(householdId, "UPDATE household SET updated_at = :at WHERE household_id = :id",
                binds("id", householdId, "at", time(at)));
    }

    /** The enrolled programs changed. */
    public static void programsChanged(ReadModelWrites w, String householdId, List<ProgramEnrolment> programs,
                                       Instant at) {
        w.ordered(householdId, "UPDATE household SET programs = :programs, updated_at = :at WHERE household_id = :id",
                binds("id", householdId, "programs", programs(programs), "at", time(at)));
    }

    /** The household left or returned to the roster. */
    public static void onRoster(ReadModelWrites w, String householdId, boolean onRoster, Instant at) {
        w.ordered(householdId, "UPDATE household SET on_roster = :on, updated_at = :at WHERE household_id = :id",
                binds("id", householdId, "on", onRoster, "at", time(at)));
    }

    /** An entitlement was determined (or determined again). */
    public static void entitlementDetermined(ReadModelWrites w, EntitlementDetermined e, Instant at) {
        w.ordered(e.householdId(), ENTITLEMENT_DETERMINED, binds("id", e.householdId(), "program", e.program(),
                "period", e.period().toString(), "amount", e.amount(), "status", e.status().name(),
                "reasons", String.join("; ", e.reasons()), "rule", e.ruleVersion(), "components", lines(e.lines()),
                "at", time(at)));
    }

    /** An entitlement was revoked. */
    public static void entitlementRevoked(ReadModelWrites w, String householdId, String program, YearMonth period,
                                          String reason, Instant at) {
        w.ordered(householdId, """
                UPDATE entitlement SET status = 'REVOKED', reasons = :reason, updated_at = :at
                WHERE household_id = :id AND program = :program AND period = :period""",
                binds("id", householdId, "program", program, "period", period.toString(), "reason", reason,
                        "at", time(at)));
    }

    private static Map<String, Object> member(String householdId, Member m) {
        return binds("id", householdId, "nik", sealed(m.nik().value()), "name", m.name(), "birth", m.birthDate(),
                "status", m.status().name(), "component", m.component() == null ? null : m.component().name());
    }

    /** A personal number as read models keep it: its token (see {@link PersonalData}). */
    static String sealed(String number) {
        return PersonalData.current().token(number);
    }

    static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static String account(Channel c) {
        return c instanceof Channel.Bank b ? sealed(b.accountNumber()) : null;
    }

    private static String kks(Channel c) {
        return c instanceof Channel.Bank b ? sealed(b.kksNumber()) : null;
    }

    private static String programs(List<ProgramEnrolment> programs) {
        return programs.stream().map(ProgramEnrolment::program).sorted().collect(Collectors.joining("|"));
    }

    private static String lines(List<EntitlementLine> lines) {
        return lines.stream()
                .map(l -> l.label() + (l.memberNikMasked() == null ? "" : " " + l.memberNikMasked()) + " = "
                        + l.amount() + (l.counted() ? "" : " (not counted)"))
                .collect(Collectors.joining("; "));
    }
}

package id.bansos.ledger.kpm.readmodel;

import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.EntitlementDetermined;
import id.bansos.ledger.kpm.EntitlementLine;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.Member;
import id.bansos.ledger.kpm.ProgramEnrolment;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes the household read models (household, household_member, entitlement). Every write is an upsert or an
 * update keyed by the household, so applying the same event twice leaves the same rows.
 */
public class HouseholdReadModel {

    private final Jdbi jdbi;

    public HouseholdReadModel(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A household as registered (or re-registered on replay). */
    public void upsertHousehold(HouseholdRecord r, Instant at) {
        jdbi.useHandle(h -> {
            h.createUpdate("""
                    INSERT INTO household (household_id, no_kk, pengurus_nik, pengurus_name, region_code, province_code,
                        address, desil, channel, account_number, kks_number, programs, member_count, on_roster,
                        registered_at, updated_at)
                    VALUES (:id, :kk, :nik, :name, :region, :province, :address, :desil, :channel, :account, :kks,
                        :programs, :members, TRUE, :at, :at)
                    ON CONFLICT (household_id) DO UPDATE SET no_kk = EXCLUDED.no_kk,
                        pengurus_nik = EXCLUDED.pengurus_nik, pengurus_name = EXCLUDED.pengurus_name,
                        region_code = EXCLUDED.region_code, province_code = EXCLUDED.province_code,
                        address = EXCLUDED.address, desil = EXCLUDED.desil, channel = EXCLUDED.channel,
                        account_number = EXCLUDED.account_number, kks_number = EXCLUDED.kks_number,
                        programs = EXCLUDED.programs, member_count = EXCLUDED.member_count, on_roster = TRUE,
                        updated_at = EXCLUDED.updated_at""")
                    .bind("id", r.householdId()).bind("kk", r.noKk().value()).bind("nik", r.pengurusNik().value())
                    .bind("name", r.pengurusName()).bind("region", r.regionCode())
                    .bind("province", r.regionCode().substring(0, 2)).bind("address", r.address())
                    .bind("desil", r.desil()).bind("channel", r.channel().code())
                    .bind("account", account(r.channel())).bind("kks", kks(r.channel()))
                    .bind("programs", programs(r.programs())).bind("members", r.members().size())
                    .bind("at", time(at))
                    .execute();
            replaceMembers(h, r.householdId(), r.members());
        });
    }

    /** Family card, region, address or desil changed. */
    public void updateDetails(String householdId, String noKk, String regionCode, String address, int desil, Instant at) {
        jdbi.useHandle(h -> {
            h.createUpdate("""
                    UPDATE household SET no_kk = :kk, region_code = :region, province_code = :province,
                        address = :address, desil = :desil, updated_at = :at WHERE household_id = :id""")
                    .bind("id", householdId).bind("kk", noKk).bind("region", regionCode)
                    .bind("province", regionCode.substring(0, 2)).bind("address", address).bind("desil", desil)
                    .bind("at", time(at)).execute();
            h.createUpdate("UPDATE entitlement SET province_code = :province WHERE household_id = :id")
                    .bind("id", householdId).bind("province", regionCode.substring(0, 2)).execute();
        });
    }

    /** The payment channel changed. */
    public void updateChannel(String householdId, Channel channel, Instant at) {
        jdbi.useHandle(h -> {
            h.createUpdate("""
                    UPDATE household SET channel = :channel, account_number = :account, kks_number = :kks,
                        updated_at = :at WHERE household_id = :id""")
                    .bind("id", householdId).bind("channel", channel.code()).bind("account", account(channel))
                    .bind("kks", kks(channel)).bind("at", time(at)).execute();
            h.createUpdate("UPDATE entitlement SET channel = :channel WHERE household_id = :id")
                    .bind("id", householdId).bind("channel", channel.code()).execute();
        });
    }

    /** The pengurus changed. */
    public void updatePengurus(String householdId, String nik, String name, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE household SET pengurus_nik = :nik, pengurus_name = :name, updated_at = :at
                        WHERE household_id = :id""")
                .bind("id", householdId).bind("nik", nik).bind("name", name).bind("at", time(at)).execute());
    }

    /** The member list changed (joined, left, died, component changed). */
    public void updateMembers(String householdId, List<Member> members, Instant at) {
        jdbi.useHandle(h -> {
            replaceMembers(h, householdId, members);
            h.createUpdate("UPDATE household SET member_count = :n, updated_at = :at WHERE household_id = :id")
                    .bind("id", householdId).bind("n", members.size()).bind("at", time(at)).execute();
        });
    }

    /** One member was reported deceased. */
    public void markMemberDeceased(String householdId, String nik, Instant at) {
        jdbi.useHandle(h -> {
            h.createUpdate("UPDATE household_member SET status = 'DECEASED' WHERE household_id = :id AND nik = :nik")
                    .bind("id", householdId).bind("nik", nik).execute();
            h.createUpdate("UPDATE household SET updated_at = :at WHERE household_id = :id")
                    .bind("id", householdId).bind("at", time(at)).execute();
        });
    }

    /** The enrolled programs changed. */
    public void updatePrograms(String householdId, List<ProgramEnrolment> programs, Instant at) {
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE household SET programs = :programs, updated_at = :at WHERE household_id = :id")
                .bind("id", householdId).bind("programs", programs(programs)).bind("at", time(at)).execute());
    }

    /** The household left or returned to the roster. */
    public void updateOnRoster(String householdId, boolean onRoster, Instant at) {
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE household SET on_roster = :on, updated_at = :at WHERE household_id = :id")
                .bind("id", householdId).bind("on", onRoster).bind("at", time(at)).execute());
    }

    /** An entitlement was determined (or determined again). */
    public void upsertEntitlement(EntitlementDetermined e, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO entitlement (household_id, program, period, amount, status, reasons, rule_version,
                            components, province_code, channel, updated_at)
                        SELECT :id, :program, :period, :amount, :status, :reasons, :rule, :components,
                            province_code, channel, :at FROM household WHERE household_id = :id
                        ON CONFLICT (household_id, program, period) DO UPDATE SET amount = EXCLUDED.amount,
                            status = EXCLUDED.status, reasons = EXCLUDED.reasons, rule_version = EXCLUDED.rule_version,
                            components = EXCLUDED.components, updated_at = EXCLUDED.updated_at""")
                .bind("id", e.householdId()).bind("program", e.program()).bind("period", e.period().toString())
                .bind("amount", e.amount()).bind("status", e.status().name())
                .bind("reasons", String.join("; ", e.reasons())).bind("rule", e.ruleVersion())
                .bind("components", lines(e.lines())).bind("at", time(at)).execute());
    }

    /** An entitlement was revoked. */
    public void revokeEntitlement(String householdId, String program, YearMonth period, String reason, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE entitlement SET status = 'REVOKED', reasons = :reason, updated_at = :at
                        WHERE household_id = :id AND program = :program AND period = :period""")
                .bind("id", householdId).bind("program", program).bind("period", period.toString())
                .bind("reason", reason).bind("at", time(at)).execute());
    }

    private static void replaceMembers(Handle h, String householdId, List<Member> members) {
        h.createUpdate("DELETE FROM household_member WHERE household_id = :id").bind("id", householdId).execute();
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO household_member (household_id, nik, name, birth_date, status, component)
                VALUES (:id, :nik, :name, :birth, :status, :component)""");
        for (Member m : members) {
            batch.bind("id", householdId).bind("nik", m.nik().value()).bind("name", m.name())
                    .bind("birth", m.birthDate()).bind("status", m.status().name())
                    .bind("component", m.component() == null ? null : m.component().name()).add();
        }
        if (!members.isEmpty()) {
            batch.execute();
        }
    }

    private static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static String account(Channel c) {
        return c instanceof Channel.Bank b ? b.accountNumber() : null;
    }

    private static String kks(Channel c) {
        return c instanceof Channel.Bank b ? b.kksNumber() : null;
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

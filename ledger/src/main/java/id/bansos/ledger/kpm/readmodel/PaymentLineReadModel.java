package id.bansos.ledger.kpm.readmodel;

import static id.bansos.ledger.readmodel.ReadModelWrites.binds;
import static id.bansos.ledger.kpm.readmodel.HouseholdReadModel.sealed;
import static id.bansos.ledger.kpm.readmodel.HouseholdReadModel.time;

import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.PaymentScheduled;
import id.bansos.ledger.readmodel.ReadModelWrites;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The payment_line read model as statements added to a batch of writes, each in its household's order. */
public final class PaymentLineReadModel {

    private static final ReadModelWrites.RowSet SCHEDULED = new ReadModelWrites.RowSet("""
            INSERT INTO payment_line (reference, household_id, program, period, attempt, amount, channel,
                account_number, kks_number, creditor_name, region_code, address, pengurus_nik, batch_id,
                status, scheduled_at, updated_at)
            SELECT v.ref, h.household_id, v.program, v.period, v.attempt::smallint, v.amount::bigint, v.channel,
                v.account, v.kks, h.pengurus_name, h.region_code, h.address, h.pengurus_nik, v.batch, 'SCHEDULED',
                v.at::timestamptz, v.at::timestamptz
            FROM unnest(:ref::text[], :id::text[], :program::text[], :period::text[], :attempt::text[],
                    :amount::text[], :channel::text[], :account::text[], :kks::text[], :batch::text[], :at::text[])
                AS v(ref, id, program, period, attempt, amount, channel, account, kks, batch, at)
            JOIN household h ON h.household_id = v.id
            ON CONFLICT (reference) DO UPDATE SET batch_id = EXCLUDED.batch_id, status = 'SCHEDULED',
                status_reason = NULL, updated_at = EXCLUDED.updated_at""",
            List.of("ref", "id", "program", "period", "attempt", "amount", "channel", "account", "kks", "batch", "at"));
    private static final ReadModelWrites.RowSet CREDITED = new ReadModelWrites.RowSet("""
            UPDATE payment_line p SET status = 'CREDITED', status_reason = NULL, credits = p.credits + 1,
                booked_on = COALESCE(p.booked_on, v.booked::date), updated_at = v.at::timestamptz
            FROM unnest(:ref::text[], :booked::text[], :at::text[]) AS v(ref, booked, at)
            WHERE p.reference = v.ref""", List.of("ref", "booked", "at"));
    private static final ReadModelWrites.RowSet WITHDRAWN = new ReadModelWrites.RowSet("""
            UPDATE payment_line p SET withdrawn_on = v.withdrawn::date
            FROM unnest(:ref::text[], :withdrawn::text[]) AS v(ref, withdrawn)
            WHERE p.reference = v.ref""", List.of("ref", "withdrawn"));

    private PaymentLineReadModel() {
    }

    /** A line was scheduled into a batch. */
    public static void scheduled(ReadModelWrites w, PaymentScheduled e, Instant at) {
        Channel.Bank bank = e.channel() instanceof Channel.Bank b ? b : null;
        w.ordered(e.householdId(), SCHEDULED, binds("ref", e.reference(), "id", e.householdId(),
                "program", e.program(), "period", e.period().toString(), "attempt", e.attempt(), "amount", e.amount(),
                "channel", e.channel().code(), "account", bank == null ? null : sealed(bank.accountNumber()),
                "kks", bank == null ? null : sealed(bank.kksNumber()), "batch", e.batchId(), "at", time(at)));
    }

    /** The bank reported crediting the line (again, for a double credit: {@code credits} counts them). */
    public static void credited(ReadModelWrites w, String householdId, String reference, LocalDate bookedOn,
                                Instant at) {
        w.ordered(householdId, CREDITED, binds("ref", reference, "booked", bookedOn, "at", time(at)));
    }

    /**
     * A rejected or returned line may be paid again; its reject or return reason and the time it came back stay, for
     * the treasury's ageing.
     */
    public static void reissuable(ReadModelWrites w, String householdId, String reference, boolean viaPos) {
        w.ordered(householdId,
                "UPDATE payment_line SET status = 'REISSUABLE', reissue_via_pos = :pos WHERE reference = :ref",
                binds("ref", reference, "pos", viaPos));
    }

    /** The KPM withdrew the credited money on {@code on}. */
    public static void withdrawn(ReadModelWrites w, String householdId, String reference, LocalDate on) {
        w.ordered(householdId, WITHDRAWN, binds("ref", reference, "withdrawn", on));
    }

    /** A line's status changed, with the reason. */
    public static void status(ReadModelWrites w, String householdId, String reference, String status, String reason,
                              Instant at) {
        w.ordered(householdId, """
                UPDATE payment_line SET status = :status, status_reason = :reason, updated_at = :at
                WHERE reference = :ref""",
                binds("ref", reference, "status", status, "reason", reason, "at", time(at)));
    }
}

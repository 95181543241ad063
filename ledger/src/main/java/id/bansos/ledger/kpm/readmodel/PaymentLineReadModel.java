package id.bansos.ledger.kpm.readmodel;

import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.PaymentScheduled;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;

/** Writes the payment_line read model. Upserts keyed by reference: replaying an event leaves the same row. */
public class PaymentLineReadModel {

    private final Jdbi jdbi;

    public PaymentLineReadModel(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A line was scheduled into a batch. */
    public void scheduled(PaymentScheduled e, Instant at) {
        Channel.Bank bank = e.channel() instanceof Channel.Bank b ? b : null;
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO payment_line (reference, household_id, program, period, attempt, amount, channel,
                            account_number, kks_number, creditor_name, region_code, address, pengurus_nik, batch_id,
                            status, scheduled_at, updated_at)
                        SELECT :ref, household_id, :program, :period, :attempt, :amount, :channel, :account, :kks,
                            pengurus_name, region_code, address, pengurus_nik, :batch, 'SCHEDULED', :at, :at
                        FROM household WHERE household_id = :id
                        ON CONFLICT (reference) DO UPDATE SET batch_id = EXCLUDED.batch_id, status = 'SCHEDULED',
                            status_reason = NULL, updated_at = EXCLUDED.updated_at""")
                .bind("ref", e.reference()).bind("id", e.householdId()).bind("program", e.program())
                .bind("period", e.period().toString()).bind("attempt", e.attempt()).bind("amount", e.amount())
                .bind("channel", e.channel().code()).bind("account", bank == null ? null : bank.accountNumber())
                .bind("kks", bank == null ? null : bank.kksNumber()).bind("batch", e.batchId())
                .bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }

    /** A line's status changed, with the reason. */
    public void status(String reference, String status, String reason, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE payment_line SET status = :status, status_reason = :reason, updated_at = :at
                        WHERE reference = :ref""")
                .bind("ref", reference).bind("status", status).bind("reason", reason)
                .bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }
}

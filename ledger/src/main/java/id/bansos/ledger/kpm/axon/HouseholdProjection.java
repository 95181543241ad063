package id.bansos.ledger.kpm.axon;

import id.bansos.ledger.kpm.ChannelChanged;
import id.bansos.ledger.kpm.EntitlementDetermined;
import id.bansos.ledger.kpm.EntitlementRevoked;
import id.bansos.ledger.kpm.HouseholdDetailsChanged;
import id.bansos.ledger.kpm.HouseholdDroppedFromRoster;
import id.bansos.ledger.kpm.HouseholdRegistered;
import id.bansos.ledger.kpm.HouseholdReturnedToRoster;
import id.bansos.ledger.kpm.MemberDied;
import id.bansos.ledger.kpm.MembersChanged;
import id.bansos.ledger.kpm.PaymentCredited;
import id.bansos.ledger.kpm.PaymentDoubleCredited;
import id.bansos.ledger.kpm.PaymentReissueAuthorized;
import id.bansos.ledger.kpm.PaymentRejected;
import id.bansos.ledger.kpm.PaymentReleased;
import id.bansos.ledger.kpm.PaymentReturned;
import id.bansos.ledger.kpm.PaymentScheduled;
import id.bansos.ledger.kpm.PaymentWithdrawn;
import id.bansos.ledger.kpm.PengurusChanged;
import id.bansos.ledger.kpm.ProgramsChanged;
import id.bansos.ledger.kpm.readmodel.HouseholdReadModel;
import id.bansos.ledger.kpm.readmodel.PaymentLineReadModel;
import id.bansos.ledger.readmodel.axon.BatchedWrites;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps the household, member, entitlement and payment-line read models in step with household events, writing each
 * batch of events in JDBC batches within the processor's transaction.
 */
@ProcessingGroup(HouseholdProjection.PROCESSING_GROUP)
public class HouseholdProjection {

    /** The streaming processor that runs this projection. */
    public static final String PROCESSING_GROUP = "kpm-read-model";

    /** The tables this projection owns; a replay empties and rebuilds them. */
    public static final java.util.List<String> TABLES = java.util.List.of("household", "household_member",
            "entitlement", "payment_line");

    private final Jdbi jdbi;
    private final BatchedWrites writes;

    public HouseholdProjection(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.writes = new BatchedWrites(jdbi, PROCESSING_GROUP);
    }

    @ResetHandler
    void reset() {
        jdbi.useHandle(h -> h.execute("TRUNCATE " + String.join(", ", TABLES)));
    }

    @EventHandler
    void on(HouseholdRegistered e, @Timestamp Instant at) {
        writes.add(w -> HouseholdReadModel.registered(w, e.record(), at));
    }

    @EventHandler
    void on(HouseholdDetailsChanged e, @Timestamp Instant at) {
        writes.add(w -> HouseholdReadModel.detailsChanged(w, e.householdId(), e.noKk().value(), e.regionCode(),
                e.address(), e.desil(), at));
    }

    @EventHandler
    void on(ChannelChanged e, @Timestamp Instant at) {
        writes.add(w -> HouseholdReadModel.channelChanged(w, e.householdId(), e.channel(), at));
    }

    @EventHandler
    void on(PengurusChanged e, @Timestamp Instant at) {
        writes.add(w -> HouseholdReadModel.pengurusChanged(w, e.householdId(), e.nik().value(), e.name(), at));
    }

    @EventHandler
    void on(MembersChanged e, @Timestamp Instant at) {
        writes.add(w -> HouseholdReadModel.membersChanged(w, e.householdId(), e.members(), at));
    }

    @EventHandler
    void on(MemberDied e, @Timestamp Instant at) {
        writes.add(w -> HouseholdReadModel.memberDied(w, e.householdId(), e.nik().value(), at));
    }

    @EventHandler
    void on(ProgramsChanged e, @Timestamp Instant at) {
        writes.add(w -> HouseholdReadModel.programsChanged(w, e.householdId(), e.programs(), at));
    }

    @EventHandler
    void on(HouseholdDroppedFromRoster e, @Timestamp Instant at) {
        writes.add(w -> HouseholdReadModel.onRoster(w, e.householdId(), false, at));
    }

    @EventHandler
    void on(HouseholdReturnedToRoster e, @Timestamp Instant at) {
        writes.add(w -> HouseholdReadModel.onRoster(w, e.householdId(), true, at));
    }

    @EventHandler
    void on(EntitlementDetermined e, @Timestamp Instant at) {
        writes.add(w -> HouseholdReadModel.entitlementDetermined(w, e, at));
    }

    @EventHandler
    void on(EntitlementRevoked e, @Timestamp Instant at) {
        writes.add(w -> HouseholdReadModel.entitlementRevoked(w, e.householdId(), e.program(), e.period(),
                e.reason(), at));
    }

    @EventHandler
    void on(PaymentScheduled e, @Timestamp Instant at) {
        writes.add(w -> PaymentLineReadModel.scheduled(w, e, at));
    }

    @EventHandler
    void on(PaymentReleased e, @Timestamp Instant at) {
        writes.add(w -> PaymentLineReadModel.status(w, e.householdId(), e.reference(), "RELEASED", e.reason(), at));
    }

    @EventHandler
    void on(PaymentRejected e, @Timestamp Instant at) {
        writes.add(w -> PaymentLineReadModel.status(w, e.householdId(), e.reference(), "REJECTED", e.reasonCode(), at));
    }

    @EventHandler
    void on(PaymentCredited e, @Timestamp Instant at) {
        writes.add(w -> PaymentLineReadModel.credited(w, e.householdId(), e.reference(), e.bookedOn(), at));
    }

    @EventHandler
    void on(PaymentDoubleCredited e, @Timestamp Instant at) {
        writes.add(w -> PaymentLineReadModel.credited(w, e.householdId(), e.reference(), e.bookedOn(), at));
    }

    @EventHandler
    void on(PaymentWithdrawn e) {
        writes.add(w -> PaymentLineReadModel.withdrawn(w, e.householdId(), e.reference(), e.withdrawnOn()));
    }

    @EventHandler
    void on(PaymentReissueAuthorized e) {
        writes.add(w -> PaymentLineReadModel.reissuable(w, e.householdId(), e.reference(), e.viaPos()));
    }

    @EventHandler
    void on(PaymentReturned e, @Timestamp Instant at) {
        writes.add(w -> PaymentLineReadModel.status(w, e.householdId(), e.reference(), "RETURNED", e.reasonCode(), at));
    }
}

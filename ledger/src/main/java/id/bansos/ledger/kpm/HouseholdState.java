package id.bansos.ledger.kpm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the ledger knows of one household, folded from its events. Immutable: {@link #apply} returns the next state.
 *
 * @param record       the household as the roster last described it
 * @param onRoster     false once the household was dropped from the roster
 * @param entitlements every entitlement ever determined, by program and period
 * @param payments     every payment line, by reference
 */
public record HouseholdState(String householdId, HouseholdRecord record, boolean onRoster,
                             Map<EntitlementKey, Entitlement> entitlements, Map<String, Payment> payments) {

    public HouseholdState {
        entitlements = Collections.unmodifiableMap(new LinkedHashMap<>(entitlements));
        payments = Collections.unmodifiableMap(new LinkedHashMap<>(payments));
    }

    /** The state after the household's first event. */
    public static HouseholdState registered(HouseholdRegistered event) {
        return new HouseholdState(event.householdId(), event.record(), true, Map.of(), Map.of());
    }

    /** The state after one more event. */
    public HouseholdState apply(HouseholdEvent event) {
        if (event instanceof HouseholdRegistered e) {
            return registered(e);
        }
        if (event instanceof HouseholdDetailsChanged e) {
            return withRecord(new HouseholdRecord(householdId, e.noKk(), record.pengurusNik(), record.pengurusName(),
                    e.regionCode(), e.address(), e.desil(), record.channel(), record.programs(), record.members()));
        }
        if (event instanceof ChannelChanged e) {
            return withRecord(new HouseholdRecord(householdId, record.noKk(), record.pengurusNik(),
                    record.pengurusName(), record.regionCode(), record.address(), record.desil(), e.channel(),
                    record.programs(), record.members()));
        }
        if (event instanceof PengurusChanged e) {
            return withRecord(new HouseholdRecord(householdId, record.noKk(), e.nik(), e.name(), record.regionCode(),
                    record.address(), record.desil(), record.channel(), record.programs(), record.members()));
        }
        if (event instanceof MembersChanged e) {
            return withRecord(withMembers(e.members()));
        }
        if (event instanceof MemberDied e) {
            return withRecord(withMembers(record.members().stream()
                    .map(m -> m.nik().equals(e.nik())
                            ? new Member(m.nik(), m.name(), m.birthDate(), MemberStatus.DECEASED, m.component())
                            : m)
                    .toList()));
        }
        if (event instanceof ProgramsChanged e) {
            return withRecord(new HouseholdRecord(householdId, record.noKk(), record.pengurusNik(),
                    record.pengurusName(), record.regionCode(), record.address(), record.desil(), record.channel(),
                    e.programs(), record.members()));
        }
        if (event instanceof HouseholdDroppedFromRoster) {
            return new HouseholdState(householdId, record, false, entitlements, payments);
        }
        if (event instanceof HouseholdReturnedToRoster) {
            return new HouseholdState(householdId, record, true, entitlements, payments);
        }
        if (event instanceof EntitlementDetermined e) {
            return withEntitlement(Entitlement.of(e));
        }
        if (event instanceof EntitlementRevoked e) {
            return withEntitlement(entitlements.get(e.key()).revoked(e.reason()));
        }
        if (event instanceof PaymentScheduled e) {
            return withPayment(e.payment());
        }
        if (event instanceof PaymentReleased e) {
            return withPayment(payments.get(e.reference()).withStatus(PaymentStatus.RELEASED));
        }
        if (event instanceof PaymentRejected e) {
            return withPayment(payments.get(e.reference()).withOutcome(PaymentStatus.REJECTED, e.source(), 0));
        }
        if (event instanceof PaymentCredited e) {
            return withPayment(payments.get(e.reference()).withOutcome(PaymentStatus.CREDITED, e.source(), 1));
        }
        if (event instanceof PaymentDoubleCredited e) {
            return withPayment(payments.get(e.reference()).withOutcome(PaymentStatus.CREDITED, e.source(), 1));
        }
        if (event instanceof PaymentReturned e) {
            return withPayment(payments.get(e.reference()).withOutcome(PaymentStatus.RETURNED, e.source(), 0));
        }
        if (event instanceof PaymentWithdrawn e) {
            return withPayment(payments.get(e.reference()).withdrawn(e.withdrawnOn(), e.source()));
        }
        PaymentReissueAuthorized e = (PaymentReissueAuthorized) event;
        return withPayment(payments.get(e.reference()).reissuable(e.viaPos()));
    }

    /** The entitlements that still stand (not revoked). */
    public List<Entitlement> standingEntitlements() {
        List<Entitlement> standing = new ArrayList<>();
        for (Entitlement e : entitlements.values()) {
            if (e.status() != EntitlementStatus.REVOKED) {
                standing.add(e);
            }
        }
        return standing;
    }

    /** The payment lines for one program and period, oldest attempt first. */
    public List<Payment> paymentsFor(EntitlementKey key) {
        return payments.values().stream()
                .filter(p -> p.program().equals(key.program()) && p.period().equals(key.period()))
                .toList();
    }

    /** The payment line that stands for an entitlement (not released), if any. */
    public Optional<Payment> standingPayment(EntitlementKey key) {
        return paymentsFor(key).stream().filter(p -> p.status().blocksAnotherAttempt()).findFirst();
    }

    private HouseholdRecord withMembers(List<Member> members) {
        return new HouseholdRecord(householdId, record.noKk(), record.pengurusNik(), record.pengurusName(),
                record.regionCode(), record.address(), record.desil(), record.channel(), record.programs(), members);
    }

    private HouseholdState withRecord(HouseholdRecord next) {
        return new HouseholdState(householdId, next, onRoster, entitlements, payments);
    }

    private HouseholdState withEntitlement(Entitlement entitlement) {
        Map<EntitlementKey, Entitlement> next = new LinkedHashMap<>(entitlements);
        next.put(entitlement.key(), entitlement);
        return new HouseholdState(householdId, record, onRoster, next, payments);
    }

    private HouseholdState withPayment(Payment payment) {
        Map<String, Payment> next = new LinkedHashMap<>(payments);
        next.put(payment.reference(), payment);
        return new HouseholdState(householdId, record, onRoster, entitlements, next);
    }
}

package id.bansos.reconciliation.trail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Balances of the money trail per program, period and channel, and the invariants they must keep:
 * postings sum to zero; funded = held + in flight + credited + returned + deposited to the treasury + suspense; and no
 * account other than the budget goes below zero. A violated invariant is reported, never ignored.
 */
public final class MoneyTrail {

    private final Map<TrailKey, EnumMap<Account, Long>> balances = new LinkedHashMap<>();

    /** Applies one posting. */
    public void post(Posting p) {
        EnumMap<Account, Long> b = balances.computeIfAbsent(p.key(), k -> zeroes());
        b.merge(p.from(), -p.amount(), Math::addExact);
        b.merge(p.to(), p.amount(), Math::addExact);
    }

    /** Applies the posting of one movement. */
    public void record(MoneyMovement movement) {
        post(PostingRules.postingFor(movement));
    }

    /** The balance of one account. */
    public long balance(TrailKey key, Account account) {
        EnumMap<Account, Long> b = balances.get(key);
        return b == null ? 0 : b.get(account);
    }

    /** What was funded for a key: minus the budget's balance. */
    public long funded(TrailKey key) {
        return -balance(key, Account.BUDGET);
    }

    /**
     * One broken invariant.
     *
     * @param invariant which: {@code ZERO_SUM}, {@code FUNDED}, or {@code <ACCOUNT>_OVERDRAWN}
     * @param text      in words, with the amounts
     */
    public record Violation(TrailKey key, String invariant, String text) {
    }

    /** Every broken invariant, in words; empty when the trail is sound. */
    public List<String> violations() {
        return breaches().stream().map(Violation::text).toList();
    }

    /** Every broken invariant; empty when the trail is sound. */
    public List<Violation> breaches() {
        List<Violation> violations = new ArrayList<>();
        balances.forEach((key, b) -> {
            long sum = b.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
            if (sum != 0) {
                violations.add(new Violation(key, "ZERO_SUM", key + ": postings sum to " + sum + ", not 0"));
            }
            long accounted = b.get(Account.HOLDING) + b.get(Account.IN_FLIGHT) + b.get(Account.CREDITED)
                    + b.get(Account.RETURNED) + b.get(Account.TREASURY) + b.get(Account.SUSPENSE);
            if (accounted != -b.get(Account.BUDGET)) {
                violations.add(new Violation(key, "FUNDED", key + ": funded Rp " + -b.get(Account.BUDGET)
                        + " but held + in flight + credited + returned + treasury + suspense = Rp " + accounted));
            }
            for (Account a : Account.values()) {
                if (a != Account.BUDGET && b.get(a) < 0) {
                    violations.add(new Violation(key, a + "_OVERDRAWN", key + ": " + a + " is overdrawn at Rp "
                            + b.get(a)));
                }
            }
        });
        return violations;
    }

    /** A trial balance: every key's account balances. */
    public Map<TrailKey, Map<Account, Long>> trialBalance() {
        Map<TrailKey, Map<Account, Long>> copy = new LinkedHashMap<>();
        balances.forEach((k, v) -> copy.put(k, new EnumMap<>(v)));
        return copy;
    }

    private static EnumMap<Account, Long> zeroes() {
        EnumMap<Account, Long> b = new EnumMap<>(Account.class);
        for (Account a : Account.values()) {
            b.put(a, 0L);
        }
        return b;
    }
}

package id.bansos.bank.statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows the numbering of statements per account (camt {@code ElctrncSeqNb}, MT940 {@code :28C:}) and reports a
 * statement received twice (an error: its entries would be counted twice), numbers skipped or arriving out of order
 * (warnings), and numbering that restarts at 1 (information: Mandiri resets {@code :28C:} every 1 January; a restart
 * forgets the account's earlier numbers). Pages of one statement share its number. Number 0 means "not numbered" and
 * is not followed.
 */
public final class StatementSequenceTracker {

    /**
     * A statement already received.
     *
     * @param account  the account
     * @param sequence its number
     * @param page     its page, or {@code null}
     */
    public record Seen(String account, long sequence, Integer page) {
    }

    private final Set<Seen> seen = new HashSet<>();
    private final Map<String, Long> highest = new HashMap<>();

    /** A tracker that has seen nothing. */
    public StatementSequenceTracker() {
        this(List.of());
    }

    /** A tracker that continues from statements received before. */
    public StatementSequenceTracker(Collection<Seen> previouslySeen) {
        previouslySeen.forEach(this::remember);
    }

    /**
     * Records a statement and returns what is wrong with its number.
     *
     * @param location where the statement is, for the problems
     */
    public List<Problem> observe(String account, Long sequence, Integer page, String location) {
        if (account == null || sequence == null || sequence == 0) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        Seen key = new Seen(account, sequence, page);
        Long last = highest.get(account);
        String field = "sequence";
        String what = "statement " + sequence + (page == null ? "" : " page " + page) + " of account " + account;
        if (last != null && sequence == 1 && last > 1) {
            problems.add(Problem.info(location, field, "numbering of account " + account
                    + " restarts at 1 after " + last));
            seen.removeIf(s -> s.account().equals(account));
            highest.remove(account);
        } else if (seen.contains(key)) {
            problems.add(Problem.error(location, field, what + " was already received"));
        } else if (last != null && sequence > last + 1) {
            problems.add(Problem.warning(location, field, "statements " + range(last + 1, sequence - 1)
                    + " of account " + account + " are missing before " + sequence));
        } else if (last != null && sequence < last && !seenNumber(account, sequence)) {
            problems.add(Problem.warning(location, field, what + " arrives after statement " + last));
        }
        remember(key);
        return problems;
    }

    /** Everything seen so far, to carry over to the next file. */
    public Set<Seen> seen() {
        return Set.copyOf(seen);
    }

    private void remember(Seen key) {
        seen.add(key);
        highest.merge(key.account(), key.sequence(), Math::max);
    }

    private boolean seenNumber(String account, long sequence) {
        return seen.stream().anyMatch(s -> s.account().equals(account) && s.sequence() == sequence);
    }

    private static String range(long from, long to) {
        return from == to ? String.valueOf(from) : from + "–" + to;
    }
}

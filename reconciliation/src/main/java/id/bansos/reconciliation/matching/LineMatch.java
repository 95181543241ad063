package id.bansos.reconciliation.matching;

import id.bansos.ledger.kpm.ReportedOutcome;
import java.time.LocalDate;

/** What one line of a returned file comes to: an outcome of a payment, an exception, or nothing to record. */
public sealed interface LineMatch permits LineMatch.Matched, LineMatch.Unmatched, LineMatch.Skipped {

    /** The line reports the outcome of a payment, checked on reference, amount, channel and account. */
    record Matched(ReportedOutcome outcome) implements LineMatch {
    }

    /**
     * The line could not be matched to a payment: a {@link Kind#BREAK} names a payment but disagrees with it; a
     * {@link Kind#SUSPENSE} names none.
     *
     * @param source where the line is: {@code <file sha256>#<location>}
     */
    record Unmatched(Kind kind, String source, String reference, String householdId, Long amount, String account,
                     LocalDate bookedOn, String reason) implements LineMatch {
    }

    /** The line moves no money of a payment (a pending entry, an accepted status …). */
    record Skipped(String reason) implements LineMatch {
    }

    /** The kinds of exception. */
    enum Kind {
        BREAK,
        SUSPENSE
    }
}

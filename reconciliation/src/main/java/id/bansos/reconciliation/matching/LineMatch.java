package id.bansos.reconciliation.matching;

import id.bansos.bank.statement.CreditDebit;
import id.bansos.ledger.kpm.ReportedOutcome;
import java.time.LocalDate;

/** What one line of a returned file comes to: an outcome of a payment, an exception, or nothing to record. */
public sealed interface LineMatch permits LineMatch.Matched, LineMatch.Unmatched, LineMatch.Skipped {

    /**
     * The line reports the outcome of a payment, checked on reference, amount, channel and account.
     *
     * @param concern what is wrong with the evidence although the outcome stands (a PT Pos payout without its
     *                proofs), or {@code null}
     */
    record Matched(ReportedOutcome outcome, String concern) implements LineMatch {

        /** An outcome with complete evidence. */
        public Matched(ReportedOutcome outcome) {
            this(outcome, null);
        }
    }

    /**
     * The line could not be matched to a payment: a {@link Kind#BREAK} names a payment but disagrees with it; a
     * {@link Kind#SUSPENSE} names none.
     *
     * @param source       where the line is: {@code <file sha256>#<location>}
     * @param side         for a statement line, whether the holding account was debited or credited; else null
     * @param counterparty for a statement line, the other side's account when the file gives it; else null
     */
    record Unmatched(Kind kind, String source, String reference, String householdId, Long amount, String account,
                     LocalDate bookedOn, String reason, CreditDebit side, String counterparty) implements LineMatch {

        /** An exception that is not a statement line's. */
        public Unmatched(Kind kind, String source, String reference, String householdId, Long amount, String account,
                         LocalDate bookedOn, String reason) {
            this(kind, source, reference, householdId, amount, account, bookedOn, reason, null, null);
        }
    }

    /** The line moves no money of a payment (a pending entry, an accepted status …). */
    record Skipped(String reason) implements LineMatch {
    }

    /** The kinds of exception. */
    enum Kind {
        BREAK,
        SUSPENSE,
        /** The outcome was recorded but its evidence is incomplete (a PT Pos payout without its proofs). */
        NO_PROOF
    }
}

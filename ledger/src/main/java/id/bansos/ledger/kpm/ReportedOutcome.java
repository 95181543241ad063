package id.bansos.ledger.kpm;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a bank or PT Pos reported about one payment, as reconciliation read it from a returned file.
 *
 * @param kind       what happened to the money
 * @param amount     whole rupiah reported
 * @param reasonCode the reject or return reason ({@code AC01}, {@code MD07}, {@code NOCL} for unclaimed money swept
 *                   back, {@code NOT_COLLECTED} at PT Pos …), or {@code null}
 * @param bookedOn   the booking (payout, withdrawal) date, or {@code null} when the file gives none
 * @param source     the evidence: the file's SHA-256 and where in it ({@code <sha256>#<location>}); the same evidence
 *                   never counts twice
 */
public record ReportedOutcome(String householdId, String reference, Kind kind, long amount, String reasonCode,
                              LocalDate bookedOn, String source) {

    /** What happened to the money. */
    public enum Kind {
        /** The bank refused the payment; nothing left the holding account. */
        REJECTED,
        /** The money reached the household: credited to its account, or paid out in cash. */
        CREDITED,
        /** Money that had left came back to the holding account: returned, reversed, swept back or not collected. */
        RETURNED,
        /** The KPM withdrew money credited to its account (a bank's claim report); {@code bookedOn} is the day. */
        WITHDRAWN
    }

    public ReportedOutcome {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }
}

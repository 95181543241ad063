package id.bansos.bank.simulator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The ground truth for one payment: what the simulator decided, for tests and benchmarks to compare with what
 * reconciliation found.
 *
 * @param position     the payment's position in its input file, from 1
 * @param reference    the payment reference (pain.001 {@code EndToEndId}, manifest {@code reference})
 * @param account      the KPM account credited; {@code null} for PT Pos
 * @param amount       whole rupiah
 * @param outcome      what happened
 * @param reason       the ISO reason code of a rejection or return ({@code AC01}, {@code AC04}, {@code AC06},
 *                     {@code MD07}), {@code NOCL} for a sweep, the reason text of a PT Pos payout not collected;
 *                     else {@code null}
 * @param bookedOn     the day the holding account was debited (the execution date); {@code null} when never booked
 * @param settledOn    the day the money came back (return or sweep); else {@code null}
 * @param withdrawnAt  when the KPM withdrew the money (bank) or was paid (PT Pos); else {@code null}
 * @param missingProof for a PT Pos payout, the proof missing ({@code signature}, {@code photo_id}, {@code geotag});
 *                     else empty
 */
public record Decision(long position, String reference, String account, long amount, Outcome outcome, String reason,
                       LocalDate bookedOn, LocalDate settledOn, OffsetDateTime withdrawnAt,
                       List<String> missingProof) {

    public Decision {
        missingProof = List.copyOf(missingProof);
    }

    /** Whether the holding account was debited for it (once or twice). */
    public boolean booked() {
        return bookedOn != null;
    }

    /** Whether it appears on the bank claim/withdrawal report. */
    public boolean withdrawn() {
        return withdrawnAt != null && (outcome == Outcome.CREDITED || outcome == Outcome.DOUBLE_CREDITED);
    }
}

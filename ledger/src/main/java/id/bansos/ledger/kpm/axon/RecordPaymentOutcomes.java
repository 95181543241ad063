package id.bansos.ledger.kpm.axon;

import id.bansos.ledger.kpm.ReportedOutcome;
import java.util.List;

/** Record what banks and PT Pos reported about many payments, in one unit of work. */
public record RecordPaymentOutcomes(List<ReportedOutcome> outcomes) {

    public RecordPaymentOutcomes {
        outcomes = List.copyOf(outcomes);
    }

    /** What recording gave: the events appended, and the reports refused with their reasons. */
    public record Result(int events, List<Refused> refused) {
    }

    /** A report that does not fit its payment. */
    public record Refused(ReportedOutcome outcome, String reason) {
    }
}

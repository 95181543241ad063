package id.bansos.ledger.kpm;

import java.util.List;

/** The programs the household is enrolled in (and their SK amounts) changed. */
public record ProgramsChanged(String householdId, List<ProgramEnrolment> programs, String importId)
        implements HouseholdEvent {
}

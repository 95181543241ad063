package id.bansos.ledger.kpm;

import java.util.List;

/** A household as one roster line describes it. */
public record HouseholdRecord(String householdId, NoKk noKk, Nik pengurusNik, String pengurusName, String regionCode,
                              String address, int desil, Channel channel, List<ProgramEnrolment> programs,
                              List<Member> members) {

    public HouseholdRecord {
        programs = List.copyOf(programs);
        members = List.copyOf(members);
    }
}

package id.bansos.app.cli;

import id.bansos.ledger.roster.PlantedCases;

/** What a generated roster planted, one line per case: {@code type,household_id,copies_household_id}. */
final class PlantsReport {

    private PlantsReport() {
    }

    static String text(PlantedCases p) {
        StringBuilder s = new StringBuilder("type,household_id,copies_household_id\n");
        p.deceasedPengurus().forEach(id -> s.append("DECEASED_PENGURUS,").append(id).append(",\n"));
        p.deceasedMember().forEach(id -> s.append("DECEASED_MEMBER,").append(id).append(",\n"));
        p.duplicateNik().forEach(x -> s.append("DUPLICATE_NIK,").append(x.householdId()).append(',')
                .append(x.copiesHouseholdId()).append('\n'));
        p.duplicateKk().forEach(x -> s.append("DUPLICATE_KK,").append(x.householdId()).append(',')
                .append(x.copiesHouseholdId()).append('\n'));
        p.sharedAccount().forEach(x -> s.append("SHARED_ACCOUNT,").append(x.householdId()).append(',')
                .append(x.copiesHouseholdId()).append('\n'));
        return s.toString();
    }
}

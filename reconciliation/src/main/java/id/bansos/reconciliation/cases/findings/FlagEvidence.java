package id.bansos.reconciliation.cases.findings;

import id.bansos.ledger.kpm.HouseholdTimeline;
import id.bansos.ledger.privacy.PersonalData;
import id.bansos.reconciliation.cases.FlagType;
import java.util.List;
import java.util.stream.Collectors;

/** How flags word their evidence: amounts as {@code Rp 1.500.000}, personal numbers by their last four digits. */
final class FlagEvidence {

    private FlagEvidence() {
    }

    static String rupiah(long amount) {
        return HouseholdTimeline.rupiah(amount);
    }

    /** A personal number as read models keep it (its token), shown by its last four digits. */
    static String masked(String token) {
        String number = PersonalData.current().reveal(token);
        return "****" + number.substring(Math.max(0, number.length() - 4));
    }

    /** What number a shared-number flag is about, in words. */
    static String what(FlagType type) {
        return switch (type) {
            case DUPLICATE_NIK -> "member NIK";
            case DUPLICATE_KK -> "No. KK";
            case SHARED_ACCOUNT -> "bank account";
            default -> throw new IllegalArgumentException(type + " is not about a shared number");
        };
    }

    /** The other households of a group, comma separated. */
    static String others(List<String> households, String household) {
        return households.stream().filter(o -> !o.equals(household)).collect(Collectors.joining(", "));
    }
}

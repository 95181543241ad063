package id.bansos.ledger.roster;

import java.util.List;

/** The columns of the roster CSV, in the order the writer puts them. Readers accept them in any order. */
public final class RosterColumns {

    public static final String HOUSEHOLD_ID = "household_id";
    public static final String NO_KK = "no_kk";
    public static final String PENGURUS_NIK = "pengurus_nik";
    public static final String PENGURUS_NAME = "pengurus_name";
    public static final String REGION_CODE = "region_code";
    public static final String ADDRESS = "address";
    public static final String DESIL = "desil";
    public static final String PROGRAMS = "programs";
    public static final String CHANNEL = "channel";
    public static final String ACCOUNT_NUMBER = "account_number";
    public static final String KKS_NUMBER = "kks_number";
    public static final String MEMBERS = "members";

    /** Every column, in the writer's order. */
    public static final List<String> ALL = List.of(HOUSEHOLD_ID, NO_KK, PENGURUS_NIK, PENGURUS_NAME, REGION_CODE,
            ADDRESS, DESIL, PROGRAMS, CHANNEL, ACCOUNT_NUMBER, KKS_NUMBER, MEMBERS);

    private RosterColumns() {
    }

    /** Masks a personal number for a problem report: first six and last four digits stay. */
    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        return value.length() >= 12 ? value.substring(0, 6) + "*".repeat(value.length() - 10)
                + value.substring(value.length() - 4) : "*".repeat(value.length());
    }
}

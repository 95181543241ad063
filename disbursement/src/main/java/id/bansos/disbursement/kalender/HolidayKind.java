package id.bansos.disbursement.kalender;

/** Why a day is off: a national holiday, or a collective leave day the SKB 3 Menteri adds around one. */
public enum HolidayKind {
    /** Hari libur nasional. */
    LIBUR_NASIONAL,
    /** Cuti bersama: BI-RTGS and SKNBI do not run either. */
    CUTI_BERSAMA
}

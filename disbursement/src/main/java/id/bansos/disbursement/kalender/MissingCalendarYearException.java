package id.bansos.disbursement.kalender;

/**
 * A date falls in a year for which no holiday data file exists. The calendar never assumes a year has no holidays:
 * add {@code kalender/YYYY.json} from that year's SKB 3 Menteri.
 */
public final class MissingCalendarYearException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final int year;

    public MissingCalendarYearException(int year) {
        super("no holiday calendar for " + year + ": add kalender/" + year + ".json with that year's libur nasional and"
                + " cuti bersama (SKB 3 Menteri) before scheduling payments in " + year);
        this.year = year;
    }

    public int year() {
        return year;
    }
}

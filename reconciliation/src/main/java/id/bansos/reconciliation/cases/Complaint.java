package id.bansos.reconciliation.cases;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A complaint lodged for a household: who complained, what about, in their words. It is raised as a
 * {@link FlagType#COMPLAINT} flag keyed by the complaint's reference, so the same complaint lodged twice is one flag,
 * and it opens the household's case or joins the open one.
 *
 * @param reference   the complaint's reference, given by whoever lodged it (their ticket number)
 * @param householdId the household complained for
 * @param complainant who complained
 * @param kind        what about
 * @param text        their words; any 16-digit number in them (a NIK or KK) is masked before it is kept
 */
public record Complaint(String reference, String householdId, Complainant complainant, Kind kind, String text) {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");
    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("\\b(\\d{6})\\d{6}(\\d{4})\\b");

    public Complaint {
        if (reference == null || !REFERENCE.matcher(reference.strip()).matches()) {
            throw new CaseRefused("a complaint reference is 1-64 letters, digits, '.', '_', '/' or '-'");
        }
        if (householdId == null || householdId.isBlank() || complainant == null || kind == null) {
            throw new CaseRefused("a complaint names its household, who complained and what about");
        }
        if (text == null || text.isBlank()) {
            throw new CaseRefused("a complaint says in words what happened");
        }
        reference = reference.strip();
        text = SIXTEEN_DIGITS.matcher(text.strip()).replaceAll("$1******$2");
        text = text.length() > 1500 ? text.substring(0, 1500) : text;
    }

    /** The flag this complaint raises on its household's case. */
    public Flag flag(String channel) {
        return Flag.onHousehold(FlagType.COMPLAINT, householdId, channel, reference, 0, "Complaint " + reference
                + " from " + complainant.words() + ": " + kind.words() + ". " + text);
    }

    /** Who lodged a complaint. */
    public enum Complainant {
        /** The household itself. */
        KPM,
        /** Its PKH facilitator. */
        PENDAMPING,
        /** Its village office. */
        DESA;

        String words() {
            return switch (this) {
                case KPM -> "the KPM";
                case PENDAMPING -> "the PKH pendamping";
                case DESA -> "the village office (desa)";
            };
        }
    }

    /** What a complaint is about. */
    public enum Kind {
        /** The household says it received nothing. */
        NOT_RECEIVED,
        /** It received another amount than it was owed. */
        WRONG_AMOUNT,
        /** Someone else withdrew its money. */
        WITHDRAWN_BY_OTHER,
        /** Someone else is listed as its recipient. */
        WRONG_PERSON;

        String words() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }
}

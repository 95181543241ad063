package id.bansos.bank.payment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One cash payout by PT Pos to a KPM, as the payout manifest (danom) lists it.
 *
 * @param reference       the payment reference: 1–16 of {@code [A-Z0-9]}; PT Pos reports it back per line
 * @param kpmName         the pengurus who collects, at most 100 characters
 * @param nik             the pengurus's NIK, 16 digits; the manifest shows it masked
 * @param address         the household's address, at most 200 characters
 * @param regionCode      the kode wilayah (Kemendagri) of the address: province, regency, district and village,
 *                        {@code 32.73.01.1001} or {@code 3273011001}, or a prefix of it
 * @param postOfficeCode  the paying post office (kantor pos), 5 digits
 * @param amount          whole rupiah, more than 0
 * @param collectionStart the first day the KPM may collect
 * @param collectionEnd   the last day, not before the first
 * @param householdId     the household paid, named in errors about the line
 * @param program         the program paying
 * @param period          the period paid
 */
public record PosPayoutInstruction(String reference, String kpmName, String nik, String address, String regionCode,
                                   String postOfficeCode, long amount, LocalDate collectionStart,
                                   LocalDate collectionEnd, String householdId, String program, YearMonth period) {

    private static final Pattern NIK = Pattern.compile("[0-9]{16}");
    private static final Pattern REGION = Pattern.compile("[0-9]{2}([.]?[0-9]{2}){0,2}([.]?[0-9]{4})?");
    private static final Pattern POST_OFFICE = Pattern.compile("[0-9]{5}");

    public PosPayoutInstruction {
        Texts.matching(reference, "reference", PaymentInstruction.REFERENCE, "a payment reference (1-16 of A-Z 0-9)");
        String line = "payout " + reference + ": ";
        Texts.required(kpmName, line + "kpmName", 100);
        Texts.matching(nik, line + "nik", NIK, "16 digits");
        Texts.required(address, line + "address", 200);
        Texts.matching(regionCode, line + "regionCode", REGION, "a kode wilayah such as 32.73.01.1001");
        Texts.matching(postOfficeCode, line + "postOfficeCode", POST_OFFICE, "5 digits");
        if (amount <= 0) {
            throw new IllegalArgumentException(line + "amount " + amount + " is not more than 0");
        }
        Objects.requireNonNull(collectionStart, line + "collectionStart");
        Objects.requireNonNull(collectionEnd, line + "collectionEnd");
        if (collectionEnd.isBefore(collectionStart)) {
            throw new IllegalArgumentException(line + "collection window ends " + collectionEnd + " before it starts "
                    + collectionStart);
        }
        Texts.required(householdId, line + "householdId", 64);
        Texts.required(program, line + "program", 20);
        Objects.requireNonNull(period, line + "period");
    }

    /** The NIK as the manifest shows it: the first 6 digits (region of first registration), 6 stars, the last 4. */
    public String maskedNik() {
        return nik.substring(0, 6) + "******" + nik.substring(12);
    }
}

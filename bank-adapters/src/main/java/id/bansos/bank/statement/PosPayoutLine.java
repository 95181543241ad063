package id.bansos.bank.statement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a PT Pos payout report: whether one payment was paid out in cash, and the proof taken.
 *
 * @param lineNumber     the line in the file
 * @param reference      our payment reference, as on the Pos manifest
 * @param status         paid or not collected
 * @param amountRupiah   the payment's amount in whole rupiah
 * @param paidAt         when it was paid, with its offset (WIB, WITA, WIT); {@code null} when not collected
 * @param postOfficeCode the paying post office; {@code null} when not collected
 * @param payerId        the Pos officer who paid; {@code null} when not collected
 * @param signed         whether the KPM signed the payee list (danom)
 * @param photoId        id of the payout photo, or {@code null}
 * @param geotag         where it was paid, or {@code null}
 * @param reason         why it was not collected (or a remark), or {@code null}
 */
public record PosPayoutLine(int lineNumber, String reference, Status status, long amountRupiah, OffsetDateTime paidAt,
                            String postOfficeCode, String payerId, boolean signed, String photoId, GeoTag geotag,
                            String reason) {

    /** Outcome of one payment. */
    public enum Status {
        PAID,
        NOT_COLLECTED
    }

    /**
     * A position in decimal degrees, as read.
     *
     * @param latitude  −90 to 90
     * @param longitude −180 to 180
     */
    public record GeoTag(BigDecimal latitude, BigDecimal longitude) {
    }

    /** For a paid line, the proof that is missing: signature, photo, geotag. Empty when complete or not paid. */
    public List<String> missingProof() {
        List<String> missing = new ArrayList<>();
        if (status == Status.PAID) {
            if (!signed) {
                missing.add("signature");
            }
            if (photoId == null) {
                missing.add("photo_id");
            }
            if (geotag == null) {
                missing.add("geotag");
            }
        }
        return missing;
    }
}

package id.bansos.bank.pos;

import id.bansos.bank.statement.PosPayoutLine;
import id.bansos.bank.statement.ProblemLog;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the fields of one payout report line, reporting each bad field with its line and column. */
final class PosLineParser {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_./:-]{1,35}");
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,15}");
    private static final Pattern OFFICE = Pattern.compile("[0-9]{5}");
    private static final Pattern PAYER = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final Pattern PHOTO = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern GEOTAG =
            Pattern.compile("\\s*(-?\\d{1,2}(?:\\.\\d{1,8})?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d{1,8})?)\\s*");
    private static final Set<ZoneOffset> INDONESIAN_OFFSETS =
            Set.of(ZoneOffset.ofHours(7), ZoneOffset.ofHours(8), ZoneOffset.ofHours(9));
    private static final int MAX_REASON = 140;
    private static final char NOT_UTF8 = '\uFFFD';

    private final ProblemLog log;

    PosLineParser(ProblemLog log) {
        this.log = log;
    }

    /**
     * The line, or {@code null} when a field is bad (each bad field reported).
     *
     * @param references references seen so far, with their lines, to refuse a payment reported twice
     */
    PosPayoutLine parse(CsvRecords.Record record, Map<String, Integer> columns, Map<String, Integer> references) {
        Fields f = new Fields(record, columns);
        if (record.fields().size() != columns.size()) {
            log.error(f.where, null, record.fields().size() + " fields, the header has " + columns.size());
            return null;
        }
        columns.forEach((column, index) -> {
            if (record.fields().get(index).indexOf(NOT_UTF8) >= 0) {
                f.error(column, "holds bytes that are not UTF-8");
            }
        });
        String reference = f.get("reference");
        if (!REFERENCE.matcher(reference).matches()) {
            f.error("reference", "'" + reference + "' is not 1–35 letters, digits or - _ . / :");
        } else {
            Integer earlier = references.putIfAbsent(reference, record.line());
            if (earlier != null) {
                f.error("reference", "'" + reference + "' is already reported on line " + earlier);
            }
        }
        PosPayoutLine.Status status = status(f);
        long amount = amount(f);
        boolean paid = status == PosPayoutLine.Status.PAID;
        OffsetDateTime paidAt = status == null ? null : paidAt(f, paid);
        String office = f.get("post_office_code");
        String payer = f.get("payer_id");
        if (status != null) {
            checkOptionalWhenNotPaid(f, "post_office_code", office, OFFICE, paid, "is not a 5-digit post office code");
            checkOptionalWhenNotPaid(f, "payer_id", payer, PAYER, paid, "is not 1–20 letters, digits or -");
        }
        boolean signed = signature(f, status);
        String photo = f.get("photo_id");
        if (!photo.isEmpty() && !PHOTO.matcher(photo).matches()) {
            f.error("photo_id", "'" + photo + "' is not 1–64 letters, digits or - _ .");
        }
        PosPayoutLine.GeoTag geotag = geotag(f);
        String reason = f.get("reason");
        if (reason.length() > MAX_REASON) {
            f.error("reason", "longer than " + MAX_REASON + " characters");
        } else if (status == PosPayoutLine.Status.NOT_COLLECTED && reason.isEmpty()) {
            f.error("reason", "required when NOT_COLLECTED: why was it not collected?");
        }
        if (f.bad || status == null) {
            return null;
        }
        return new PosPayoutLine(record.line(), reference, status, amount, paidAt, paid ? office : emptyToNull(office),
                emptyToNull(payer), signed, emptyToNull(photo), geotag, emptyToNull(reason));
    }

    private static void checkOptionalWhenNotPaid(Fields f, String column, String value, Pattern shape, boolean paid,
                                                 String complaint) {
        if (paid ? !shape.matcher(value).matches() : !value.isEmpty() && !shape.matcher(value).matches()) {
            f.error(column, "'" + value + "' " + complaint + (paid ? " (required when PAID)" : ""));
        }
    }

    private PosPayoutLine.Status status(Fields f) {
        String text = f.get("status");
        for (PosPayoutLine.Status s : PosPayoutLine.Status.values()) {
            if (s.name().equals(text)) {
                return s;
            }
        }
        f.error("status", "'" + text + "' is neither PAID nor NOT_COLLECTED");
        return null;
    }

    private long amount(Fields f) {
        String text = f.get("amount");
        if (!AMOUNT.matcher(text).matches()) {
            f.error("amount", "'" + text + "' is not whole rupiah (digits only: no sign, separators or decimals)");
            return 0;
        }
        long amount = Long.parseLong(text);
        if (amount == 0) {
            f.error("amount", "zero: a payment has a positive amount");
        }
        return amount;
    }

    private OffsetDateTime paidAt(Fields f, boolean paid) {
        String text = f.get("paid_at");
        if (!paid) {
            if (!text.isEmpty()) {
                f.error("paid_at", "given for a payment that was not collected");
            }
            return null;
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(text);
            if (!INDONESIAN_OFFSETS.contains(time.getOffset())) {
                log.warning(f.where, "paid_at", "offset " + time.getOffset() + " is not WIB (+07:00), WITA (+08:00)"
                        + " or WIT (+09:00)");
            }
            return time;
        } catch (DateTimeParseException e) {
            f.error("paid_at", "'" + text + "' is not an ISO 8601 time with offset, such as"
                    + " 2026-11-23T10:15:00+07:00 (required when PAID)");
            return null;
        }
    }

    private boolean signature(Fields f, PosPayoutLine.Status status) {
        String text = f.get("signature");
        if (!text.equals("Y") && !text.equals("N")) {
            f.error("signature", "'" + text + "' is neither Y nor N");
            return false;
        }
        if (text.equals("Y") && status == PosPayoutLine.Status.NOT_COLLECTED) {
            f.error("signature", "Y for a payment that was not collected");
        }
        return text.equals("Y");
    }

    private PosPayoutLine.GeoTag geotag(Fields f) {
        String text = f.get("geotag");
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = GEOTAG.matcher(text);
        if (!m.matches()) {
            f.error("geotag", "'" + text + "' is not \"latitude,longitude\" in decimal degrees");
            return null;
        }
        BigDecimal latitude = new BigDecimal(m.group(1));
        BigDecimal longitude = new BigDecimal(m.group(2));
        if (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            f.error("geotag", "'" + text + "' is off the globe (latitude −90..90, longitude −180..180)");
            return null;
        }
        if (latitude.compareTo(BigDecimal.valueOf(-11)) < 0 || latitude.compareTo(BigDecimal.valueOf(6)) > 0
                || longitude.compareTo(BigDecimal.valueOf(95)) < 0
                || longitude.compareTo(BigDecimal.valueOf(141)) > 0) {
            log.warning(f.where, "geotag", "'" + text + "' lies outside Indonesia");
        }
        return new PosPayoutLine.GeoTag(latitude, longitude);
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** The record's fields by column name, and whether any was bad. */
    private final class Fields {
        final CsvRecords.Record record;
        final Map<String, Integer> columns;
        final String where;
        boolean bad;

        Fields(CsvRecords.Record record, Map<String, Integer> columns) {
            this.record = record;
            this.columns = columns;
            this.where = "line " + record.line();
        }

        String get(String column) {
            int index = columns.get(column);
            return index < record.fields().size() ? record.fields().get(index).strip() : "";
        }

        void error(String column, String message) {
            bad = true;
            log.error(where, column, message);
        }
    }
}

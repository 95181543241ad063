package id.bansos.bank.pos.manifest;

import id.bansos.bank.payment.Texts;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a PT Pos payout manifest says about itself: one post office's share of a batch, the totals the approval fixed,
 * and the proof every payout needs.
 *
 * @param manifestId         unique per file, 1–35 of {@code A-Z a-z 0-9 - _ .}
 * @param creationTime       written to the second, so truncated to seconds here
 * @param batchId            the batch exported, 1–30 of {@code A-Z a-z 0-9 - _ .}
 * @param fileSequence       the file's number within the batch, 1–999
 * @param postOfficeCode     the paying post office (kantor pos), 5 digits; every line must name it
 * @param regionPrefix       the post office's area as a kode wilayah prefix ({@code 32.73}); every line's region code
 *                           must start with it; {@code null} for no check
 * @param program            the program paying; every line must name it
 * @param period             the period paid
 * @param expectedLines      lines of the approved digest for this file, at least 1
 * @param expectedControlSum their sum in whole rupiah, at least 1
 * @param proof              the proof required at payout, at least one
 */
public record PosManifestHeader(String manifestId, OffsetDateTime creationTime, String batchId, int fileSequence,
                                String postOfficeCode, String regionPrefix, String program, YearMonth period,
                                long expectedLines, long expectedControlSum, Set<Proof> proof) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,35}");
    private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9._-]{1,30}");
    private static final Pattern POST_OFFICE = Pattern.compile("[0-9]{5}");
    private static final Pattern REGION_PREFIX = Pattern.compile("[0-9]{2}([.]?[0-9]{2}){0,2}([.]?[0-9]{4})?");
    private static final Pattern PROGRAM = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");

    public PosManifestHeader {
        Texts.matching(manifestId, "manifestId", ID, "1-35 of A-Z a-z 0-9 - _ .");
        creationTime = Objects.requireNonNull(creationTime, "creationTime").truncatedTo(ChronoUnit.SECONDS);
        Texts.matching(batchId, "batchId", BATCH_ID, "1-30 of A-Z a-z 0-9 - _ .");
        if (fileSequence < 1 || fileSequence > 999) {
            throw new IllegalArgumentException("fileSequence " + fileSequence + " is not 1-999");
        }
        Texts.matching(postOfficeCode, "postOfficeCode", POST_OFFICE, "5 digits");
        if (regionPrefix != null) {
            Texts.matching(regionPrefix, "regionPrefix", REGION_PREFIX, "a kode wilayah prefix such as 32.73");
        }
        Texts.matching(program, "program", PROGRAM, "a program code such as PKH");
        Objects.requireNonNull(period, "period");
        if (expectedLines < 1 || expectedControlSum < 1) {
            throw new IllegalArgumentException("a manifest pays at least one line and one rupiah; expected "
                    + expectedLines + " lines, " + expectedControlSum + " rupiah");
        }
        if (proof == null || proof.isEmpty()) {
            throw new IllegalArgumentException("a manifest requires at least one proof of payout");
        }
        proof = Set.copyOf(EnumSet.copyOf(proof));
    }

    /** All proof: the danom signature, the PGC photo and the geotag. */
    public static Set<Proof> allProof() {
        return EnumSet.allOf(Proof.class);
    }

    /** The file name: {@code DANOM_<postOfficeCode>_<batchId>_<fileSequence, 3 digits>.csv}. */
    public String fileName() {
        return "DANOM_" + postOfficeCode + "_" + batchId + "_" + "%03d".formatted(fileSequence) + ".csv";
    }
}

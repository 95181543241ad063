package id.bansos.bank.mt940;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layouts of MT940/MT942 files met in practice, told apart by the start of the file.
 */
public enum Mt940Dialect {

    /**
     * SWIFT blocks ({@code {1:F01…}}, {@code {2:O940…}}, block 4 ending <code>-}</code>), amounts with a decimal
     * comma.
     */
    STANDARD("MT940"),

    /**
     * Only the text of block 4: {@code :20:} … {@code -}, as most bank exports write it, possibly with lines that are
     * not tags before each message (ABN AMRO writes {@code ABNANL2A}/{@code 940}).
     */
    HEADERLESS("headerless"),

    /**
     * Bank Mandiri's "MT940 Customer Statement Report" guideline: SWIFT headers {@code 1:, 2:, 4:} mandatory (the
     * sender is {@code BMRIIDJA}), {@code :28C:} restarting at 1 every 1 January, {@code :61:} references marked "not
     * used", so the partner's reference is read from the {@code :86:} remark (6 × 65 characters).
     */
    MANDIRI("Mandiri"),

    /**
     * Bank Rakyat Indonesia's non-SWIFT layout: headers {@code {1:BRI}} and {@code {2:940SI}}, {@code :20:} the
     * generation time (YYYYMMDDHHMMSS), {@code :25:} a 15-digit account, amounts in whole rupiah without decimal comma
     * ({@code :61:161116D1469582861NTRF}), no reference in {@code :61:}: the reference is the {@code :86:} remark (at
     * most 40 characters), or its referral number when it reads {@code … WS_OB;<referral>;<information>}.
     */
    BRI("BRI");

    private static final Pattern BLOCK1 = Pattern.compile("\\{1:([^}]*)}");
    private static final Pattern BLOCK2 = Pattern.compile("\\{2:([^}]*)}");

    private final String label;

    Mt940Dialect(String label) {
        this.label = label;
    }

    /** How the dialect is named in a format name, such as {@code MT940 (BRI)}. */
    public String label() {
        return label;
    }

    /** The dialect of a file, from its first few kilobytes. */
    public static Mt940Dialect detect(String head) {
        Matcher block1 = BLOCK1.matcher(head);
        if (!block1.find()) {
            return HEADERLESS;
        }
        Matcher block2 = BLOCK2.matcher(head);
        String header1 = block1.group(1).strip();
        String header2 = block2.find() ? block2.group(1).strip() : "";
        if (header1.equals("BRI") || header2.equals("940SI") || header2.equals("942SI")) {
            return BRI;
        }
        if (header1.contains("BMRIIDJA") || header2.contains("BMRIIDJA")) {
            return MANDIRI;
        }
        return STANDARD;
    }

    /** Whether amounts are written without a decimal comma, in whole units. */
    boolean wholeAmounts() {
        return this == BRI;
    }
}

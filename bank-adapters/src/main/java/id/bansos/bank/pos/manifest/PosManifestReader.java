package id.bansos.bank.pos.manifest;

import id.bansos.bank.payment.PaymentInstruction;
import id.bansos.bank.pos.CsvRecords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a PT Pos payout manifest ({@code bansos-danom-v1}, as {@link PosManifestWriter} writes it) as a stream: the
 * {@code #} header block into a {@link PosManifestHeader}, then one {@link Line} at a time. At the end the lines
 * must give the header's count and control sum. Anything malformed throws {@link IllegalArgumentException} naming
 * the line and the field.
 */
public final class PosManifestReader implements AutoCloseable {

    private static final List<String> KEYS = List.of("format", "manifest_id", "created", "batch", "file_sequence",
            "post_office_code", "region_prefix", "program", "period", "lines", "control_sum", "proof_required");
    private static final Pattern MASKED_NIK = Pattern.compile("[0-9]{6}\\*{6}[0-9]{4}");
    private static final Pattern REGION = Pattern.compile("[0-9]{2}([.]?[0-9]{2}){0,2}([.]?[0-9]{4})?");
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,15}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");
    private static final int MAX_FIELD_LENGTH = 1000;

    /**
     * One payout of the manifest.
     *
     * @param lineNumber      the line in the file
     * @param reference       the payment reference
     * @param kpmName         the pengurus who collects
     * @param maskedNik       the NIK as masked in the file
     * @param address         the household's address
     * @param regionCode      its kode wilayah
     * @param amount          whole rupiah
     * @param collectionStart first day of the collection window
     * @param collectionEnd   last day of the collection window
     */
    public record Line(int lineNumber, String reference, String kpmName, String maskedNik, String address,
                       String regionCode, long amount, LocalDate collectionStart, LocalDate collectionEnd) {
    }

    private final InputStream in;
    private final CsvRecords records;
    private final PosManifestHeader header;
    private long count;
    private long sum;
    private boolean finished;

    private PosManifestReader(InputStream in) throws IOException {
        this.in = in;
        this.records = new CsvRecords(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))), MAX_FIELD_LENGTH);
        this.header = readHeader();
    }

    /**
     * Opens a manifest and reads its header block and column row; the stream is closed with the reader.
     *
     * @throws IllegalArgumentException when the header is malformed
     */
    public static PosManifestReader open(InputStream in) throws IOException {
        try {
            return new PosManifestReader(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    public PosManifestHeader header() {
        return header;
    }

    /**
     * The next payout, or {@code null} at the end of the file (once the totals have been checked against the
     * header).
     */
    public Line next() throws IOException {
        if (finished) {
            return null;
        }
        CsvRecords.Record record = record();
        if (record == null) {
            finished = true;
            if (count != header.expectedLines() || sum != header.expectedControlSum()) {
                throw new IllegalArgumentException("end of file: the header announces " + header.expectedLines()
                        + " lines for " + header.expectedControlSum() + " rupiah, the file has " + count
                        + " lines for " + sum);
            }
            return null;
        }
        String where = "line " + record.line();
        if (record.fields().size() != PosManifestWriter.COLUMNS.size()) {
            throw new IllegalArgumentException(where + ": " + record.fields().size() + " fields, the header has "
                    + PosManifestWriter.COLUMNS.size());
        }
        List<String> f = record.fields();
        Line line = new Line(record.line(),
                matching(where, "reference", f.get(0), PaymentInstruction.REFERENCE, "a payment reference"),
                text(where, "kpm_name", f.get(1), 100),
                matching(where, "nik_masked", f.get(2), MASKED_NIK, "6 digits, 6 stars and 4 digits"),
                text(where, "address", f.get(3), 200),
                matching(where, "region_code", f.get(4), REGION, "a kode wilayah"),
                amount(where, f.get(5)), date(where, "collection_start", f.get(6)),
                date(where, "collection_end", f.get(7)));
        if (line.collectionEnd().isBefore(line.collectionStart())) {
            throw new IllegalArgumentException(where + " [collection_end]: " + line.collectionEnd()
                    + " is before collection_start " + line.collectionStart());
        }
        count++;
        sum = Math.addExact(sum, line.amount());
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private PosManifestHeader readHeader() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        CsvRecords.Record record = record();
        while (record != null && record.fields().get(0).startsWith("#")) {
            String text = String.join(",", record.fields()).substring(1).strip();
            int colon = text.indexOf(':');
            String key = colon < 0 ? text : text.substring(0, colon).strip();
            if (colon < 0 || !KEYS.contains(key)
                    || values.putIfAbsent(key, text.substring(colon + 1).strip()) != null) {
                throw new IllegalArgumentException("line " + record.line() + " [" + key + "]: not a header line"
                        + " '# key: value' with a known key, once; the keys are " + KEYS);
            }
            record = record();
        }
        int columnsLine = record == null ? 1 : record.line();
        for (String key : KEYS) {
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("line " + columnsLine + " [" + key + "]: header line missing");
            }
        }
        if (!PosManifestWriter.FORMAT.equals(values.get("format"))) {
            throw new IllegalArgumentException("line 1 [format]: '" + values.get("format") + "' is not "
                    + PosManifestWriter.FORMAT);
        }
        if (record == null || !record.fields().equals(PosManifestWriter.COLUMNS)) {
            throw new IllegalArgumentException("line " + columnsLine + ": the column row is not "
                    + String.join(",", PosManifestWriter.COLUMNS));
        }
        try {
            return new PosManifestHeader(values.get("manifest_id"), OffsetDateTime.parse(values.get("created")),
                    values.get("batch"), Integer.parseInt(number("file_sequence", values)),
                    values.get("post_office_code"), values.get("region_prefix").isEmpty() ? null
                    : values.get("region_prefix"), values.get("program"), YearMonth.parse(values.get("period")),
                    Long.parseLong(number("lines", values)), Long.parseLong(number("control_sum", values)),
                    proof(values.get("proof_required")));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("header block: " + e.getMessage(), e);
        }
    }

    private static String number(String key, Map<String, String> values) {
        String value = values.get(key);
        if (!NUMBER.matcher(value).matches()) {
            throw new IllegalArgumentException(key + " '" + value + "' is not a number");
        }
        return value;
    }

    private static Set<Proof> proof(String labels) {
        Set<Proof> proof = EnumSet.noneOf(Proof.class);
        for (String label : labels.split(",")) {
            Proof found = null;
            for (Proof p : Proof.values()) {
                if (p.label().equals(label.strip())) {
                    found = p;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("proof_required '" + label + "' is not signature, photo or geotag");
            }
            proof.add(found);
        }
        return proof;
    }

    private CsvRecords.Record record() throws IOException {
        try {
            return records.next();
        } catch (CsvRecords.SyntaxException e) {
            throw new IllegalArgumentException("line " + e.line() + ": " + e.getMessage(), e);
        }
    }

    private static String matching(String where, String field, String value, Pattern pattern, String expected) {
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(where + " [" + field + "]: '" + value + "' is not " + expected);
        }
        return value;
    }

    private static String text(String where, String field, String value, int max) {
        String text = value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
        if (text.isBlank() || text.length() > max) {
            throw new IllegalArgumentException(where + " [" + field + "]: required, at most " + max + " characters");
        }
        return text;
    }

    private static long amount(String where, String value) {
        long amount = Long.parseLong(matching(where, "amount", value, AMOUNT, "whole rupiah (digits only)"));
        if (amount == 0) {
            throw new IllegalArgumentException(where + " [amount]: zero: a payout has a positive amount");
        }
        return amount;
    }

    private static LocalDate date(String where, String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + " [" + field + "]: '" + value + "' is not a date yyyy-MM-dd",
                    e);
        }
    }
}

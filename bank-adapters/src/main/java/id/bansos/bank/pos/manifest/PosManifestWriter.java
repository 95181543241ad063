package id.bansos.bank.pos.manifest;

import id.bansos.bank.payment.DigestingOutputStream;
import id.bansos.bank.payment.PosPayoutInstruction;
import id.bansos.bank.payment.TotalsMismatchException;
import id.bansos.bank.payment.WrittenFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes the PT Pos payout manifest (danom) of one post office as CSV, streaming: a block of {@code #} lines stating
 * the manifest, its totals and the proof required at payout, the column header, then one line per payout as the
 * iterator yields it. UTF-8 without byte-order mark, comma-separated, RFC 4180 quoting, CRLF line ends; the NIK is
 * masked. As with the pain.001 writer, the streamed lines must give the header's count and control sum, else
 * {@link TotalsMismatchException} (after any exception the output is incomplete and the caller deletes it). The same
 * inputs give the same bytes. The caller's stream is flushed, never closed.
 */
public final class PosManifestWriter {

    /** The format's name and version, written on the first line. */
    public static final String FORMAT = "bansos-danom-v1";
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("reference", "kpm_name", "nik_masked", "address",
            "region_code", "amount", "collection_start", "collection_end");

    private static final String CRLF = "\r\n";

    /**
     * Writes the manifest.
     *
     * @throws IllegalArgumentException when a line belongs to another post office, area or program (the message names
     *                                  the line)
     * @throws TotalsMismatchException  when the lines do not give the header's count and control sum
     */
    public WrittenFile write(OutputStream out, PosManifestHeader header, Iterator<PosPayoutInstruction> lines)
            throws IOException {
        Objects.requireNonNull(header, "header");
        DigestingOutputStream digesting = new DigestingOutputStream(out);
        Writer writer = new BufferedWriter(new OutputStreamWriter(digesting, StandardCharsets.UTF_8), 1 << 16);
        writeHeader(writer, header);
        long count = 0;
        long sum = 0;
        while (lines.hasNext()) {
            PosPayoutInstruction line = lines.next();
            count++;
            check(line, count, header);
            sum = line.amount() > Long.MAX_VALUE - sum ? Long.MAX_VALUE : sum + line.amount();
            if (count > header.expectedLines() || sum > header.expectedControlSum()) {
                throw mismatch(header, count, sum);
            }
            writer.write(String.join(",", line.reference(), Csv.text(line.kpmName()), line.maskedNik(),
                    Csv.text(line.address()), line.regionCode(), Long.toString(line.amount()),
                    line.collectionStart().toString(), line.collectionEnd().toString()));
            writer.write(CRLF);
        }
        writer.flush();
        if (count != header.expectedLines() || sum != header.expectedControlSum()) {
            throw mismatch(header, count, sum);
        }
        return digesting.written(count, sum);
    }

    private static void writeHeader(Writer writer, PosManifestHeader header) throws IOException {
        String proof = Arrays.stream(Proof.values()).filter(header.proof()::contains).map(Proof::label)
                .collect(Collectors.joining(","));
        String[][] fields = {
            {"format", FORMAT},
            {"manifest_id", header.manifestId()},
            {"created", header.creationTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)},
            {"batch", header.batchId()},
            {"file_sequence", Integer.toString(header.fileSequence())},
            {"post_office_code", header.postOfficeCode()},
            {"region_prefix", header.regionPrefix() == null ? "" : header.regionPrefix()},
            {"program", header.program()},
            {"period", header.period().toString()},
            {"lines", Long.toString(header.expectedLines())},
            {"control_sum", Long.toString(header.expectedControlSum())},
            {"proof_required", proof},
        };
        for (String[] field : fields) {
            writer.write("# " + field[0] + ": " + field[1] + CRLF);
        }
        writer.write(String.join(",", COLUMNS) + CRLF);
    }

    private static void check(PosPayoutInstruction line, long position, PosManifestHeader header) {
        String where = "line " + position + " (reference " + line.reference() + ", household " + line.householdId()
                + "): ";
        if (!line.postOfficeCode().equals(header.postOfficeCode())) {
            throw new IllegalArgumentException(where + "post office " + line.postOfficeCode() + " is not the"
                    + " manifest's " + header.postOfficeCode());
        }
        if (header.regionPrefix() != null
                && !digits(line.regionCode()).startsWith(digits(header.regionPrefix()))) {
            throw new IllegalArgumentException(where + "region " + line.regionCode() + " is outside the post office's"
                    + " area " + header.regionPrefix());
        }
        if (!line.program().equals(header.program()) || !line.period().equals(header.period())) {
            throw new IllegalArgumentException(where + line.program() + " " + line.period() + " is not the"
                    + " manifest's " + header.program() + " " + header.period());
        }
    }

    private static String digits(String regionCode) {
        return regionCode.replace(".", "");
    }

    private static TotalsMismatchException mismatch(PosManifestHeader header, long count, long sum) {
        return new TotalsMismatchException("manifest " + header.manifestId(), header.expectedLines(), count,
                header.expectedControlSum(), sum);
    }
}

package id.bansos.bank.claim;

import id.bansos.bank.payment.DigestingOutputStream;
import id.bansos.bank.payment.WrittenFile;
import id.bansos.bank.statement.ClaimLine;
import id.bansos.bank.statement.ClaimReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;

/**
 * Writes a bank claim/withdrawal report ({@code docs/formats/bank-simulator.md}) that {@link ClaimReportReader}
 * reads: the header row {@code reference,account,amount,withdrawn_at}, then one line per withdrawal as the iterator
 * yields it. UTF-8 without byte-order mark, CRLF; no field needs quotes. The stream is flushed, not closed.
 */
public final class ClaimReportWriter {

    private static final String CRLF = "\r\n";

    /** Writes the report; the line numbers of {@code lines} are not used. */
    public WrittenFile write(OutputStream out, Iterator<ClaimLine> lines) throws IOException {
        DigestingOutputStream digesting = new DigestingOutputStream(out);
        Writer w = new BufferedWriter(new OutputStreamWriter(digesting, StandardCharsets.UTF_8), 1 << 16);
        w.write(String.join(",", ClaimReportReader.COLUMNS) + CRLF);
        long count = 0;
        long sum = 0;
        while (lines.hasNext()) {
            ClaimLine line = lines.next();
            count++;
            sum = Math.addExact(sum, line.amountRupiah());
            w.write(line.reference() + "," + line.account() + "," + line.amountRupiah() + ","
                    + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(line.withdrawnAt()) + CRLF);
        }
        w.flush();
        return digesting.written(count, sum);
    }
}

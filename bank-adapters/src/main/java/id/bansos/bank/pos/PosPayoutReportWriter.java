package id.bansos.bank.pos;

import id.bansos.bank.payment.DigestingOutputStream;
import id.bansos.bank.payment.WrittenFile;
import id.bansos.bank.pos.manifest.Csv;
import id.bansos.bank.statement.PosPayoutLine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;

/**
 * Writes the PT Pos payout report (CSV, {@code docs/formats/inbound-pos-payout-report.md}) that
 * {@link PosPayoutReportReader} reads: the columns in {@link PosPayoutReportReader#COLUMNS} order, one line per
 * payout as the iterator yields it, UTF-8 without byte-order mark, CRLF. The geotag is always quoted; the reason is
 * quoted when it holds a comma or a quote. The stream is flushed, not closed.
 */
public final class PosPayoutReportWriter {

    private static final String CRLF = "\r\n";

    /** Writes the report; the line numbers of {@code lines} are not used. */
    public WrittenFile write(OutputStream out, Iterator<PosPayoutLine> lines) throws IOException {
        DigestingOutputStream digesting = new DigestingOutputStream(out);
        Writer w = new BufferedWriter(new OutputStreamWriter(digesting, StandardCharsets.UTF_8), 1 << 16);
        w.write(String.join(",", PosPayoutReportReader.COLUMNS) + CRLF);
        long count = 0;
        long sum = 0;
        while (lines.hasNext()) {
            PosPayoutLine line = lines.next();
            count++;
            sum = Math.addExact(sum, line.amountRupiah());
            w.write(String.join(",", line.reference(), line.status().name(), Long.toString(line.amountRupiah()),
                    line.paidAt() == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(line.paidAt()),
                    orEmpty(line.postOfficeCode()), orEmpty(line.payerId()), line.signed() ? "Y" : "N",
                    orEmpty(line.photoId()), line.geotag() == null ? "" : '"' + line.geotag().latitude()
                            .toPlainString() + "," + line.geotag().longitude().toPlainString() + '"',
                    line.reason() == null ? "" : Csv.text(line.reason())));
            w.write(CRLF);
        }
        w.flush();
        return digesting.written(count, sum);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

package id.bansos.bank.pos;

import id.bansos.bank.statement.PosPayoutLine;
import id.bansos.bank.statement.PosPayoutReport;
import id.bansos.bank.statement.ProblemLog;
import id.bansos.bank.statement.ReadOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the PT Pos payout report (CSV, described in {@code docs/formats/inbound-pos-payout-report.md}): one line per
 * payment of the Pos manifest, paid or not collected, with the proof taken. Every bad field is a problem naming its
 * line and column; a line with an error is left out of the lines and totals, and refuses the report.
 */
public final class PosPayoutReportReader {

    /** The columns, in the order the format document lists them; the file may order them freely. */
    public static final List<String> COLUMNS = List.of("reference", "status", "amount", "paid_at",
            "post_office_code", "payer_id", "signature", "photo_id", "geotag", "reason");

    private static final int MAX_FIELD_LENGTH = 1000;

    private final ReadOptions options;

    public PosPayoutReportReader(ReadOptions options) {
        this.options = options;
    }

    /** Reads a file and keeps every valid line. */
    public PosPayoutReport read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads a stream and keeps every valid line. */
    public PosPayoutReport read(InputStream in) throws IOException {
        return read(in, line -> { }, true);
    }

    /** Reads a stream and hands each valid line to {@code sink}, keeping only the totals. */
    public PosPayoutReport stream(InputStream in, Consumer<PosPayoutLine> sink) throws IOException {
        return read(in, sink, false);
    }

    private PosPayoutReport read(InputStream in, Consumer<PosPayoutLine> sink, boolean keepLines)
            throws IOException {
        ProblemLog log = options.newProblemLog();
        List<PosPayoutLine> kept = new ArrayList<>();
        Totals totals = new Totals();
        CsvRecords records = new CsvRecords(new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE))), MAX_FIELD_LENGTH);
        try {
            CsvRecords.Record header = records.next();
            Map<String, Integer> columns = header == null ? null : CsvRecords.columns(header, COLUMNS, log);
            if (header == null) {
                log.error("line 1", null, "the file is empty: a header row is required");
            }
            if (columns != null) {
                PosLineParser parser = new PosLineParser(log);
                Map<String, Integer> references = new HashMap<>();
                for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
                    totals.lines++;
                    PosPayoutLine line = parser.parse(record, columns, references);
                    if (line != null) {
                        totals.add(line);
                        sink.accept(line);
                        if (keepLines) {
                            kept.add(line);
                        }
                    }
                }
            }
        } catch (CsvRecords.SyntaxException e) {
            log.error("line " + e.line(), null, e.getMessage() + "; the rest of the file is not read");
        }
        return new PosPayoutReport(PosPayoutReport.FORMAT, kept, totals.toRecord(), log.problems());
    }

    /** Counts and sums of valid lines. */
    private static final class Totals {
        long lines;
        long paid;
        long notCollected;
        long paidRupiah;
        long notCollectedRupiah;

        void add(PosPayoutLine line) {
            if (line.status() == PosPayoutLine.Status.PAID) {
                paid++;
                paidRupiah = Math.addExact(paidRupiah, line.amountRupiah());
            } else {
                notCollected++;
                notCollectedRupiah = Math.addExact(notCollectedRupiah, line.amountRupiah());
            }
        }

        PosPayoutReport.Totals toRecord() {
            return new PosPayoutReport.Totals(lines, paid, notCollected, paidRupiah, notCollectedRupiah);
        }
    }
}

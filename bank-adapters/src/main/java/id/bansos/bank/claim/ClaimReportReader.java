package id.bansos.bank.claim;

import id.bansos.bank.pos.CsvRecords;
import id.bansos.bank.statement.ClaimLine;
import id.bansos.bank.statement.ClaimReport;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a bank claim/withdrawal report (CSV, described in {@code docs/formats/bank-simulator.md}): one line per
 * credited payment the KPM withdrew. Every bad field is a problem naming its line and column; a line with an error is
 * left out of the lines and totals, and refuses the report. A CSV syntax error stops the read at its line.
 */
public final class ClaimReportReader {

    /** The columns, in the order they are written; a file may order them freely. */
    public static final List<String> COLUMNS = List.of("reference", "account", "amount", "withdrawn_at");

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_./:-]{1,35}");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{6,34}");
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,15}");
    private static final Set<ZoneOffset> INDONESIAN_OFFSETS =
            Set.of(ZoneOffset.ofHours(7), ZoneOffset.ofHours(8), ZoneOffset.ofHours(9));
    private static final int MAX_FIELD_LENGTH = 200;
    private static final char NOT_UTF8 = '\uFFFD';

    private final ReadOptions options;

    public ClaimReportReader(ReadOptions options) {
        this.options = options;
    }

    /** Reads a file and keeps every valid line. */
    public ClaimReport read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, line -> { }, true);
        }
    }

    /** Reads a stream and keeps every valid line. */
    public ClaimReport read(InputStream in) throws IOException {
        return read(in, line -> { }, true);
    }

    /**
     * Reads a stream and hands each valid line to {@code sink}, keeping only the totals (and one entry per reference,
     * to refuse a payment reported twice).
     */
    public ClaimReport stream(InputStream in, Consumer<ClaimLine> sink) throws IOException {
        return read(in, sink, false);
    }

    private ClaimReport read(InputStream in, Consumer<ClaimLine> sink, boolean keep) throws IOException {
        ProblemLog log = options.newProblemLog();
        List<ClaimLine> kept = new ArrayList<>();
        long lines = 0;
        long valid = 0;
        long sum = 0;
        CsvRecords records = new CsvRecords(new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE))), MAX_FIELD_LENGTH);
        try {
            CsvRecords.Record header = records.next();
            Map<String, Integer> columns = header == null ? null : CsvRecords.columns(header, COLUMNS, log);
            if (header == null) {
                log.error("line 1", null, "the file is empty: a header row is required");
            }
            Map<String, Integer> references = new HashMap<>();
            for (CsvRecords.Record r = columns == null ? null : records.next(); r != null; r = records.next()) {
                lines++;
                ClaimLine line = parse(r, columns, references, log);
                if (line != null) {
                    valid++;
                    sum = Math.addExact(sum, line.amountRupiah());
                    sink.accept(line);
                    if (keep) {
                        kept.add(line);
                    }
                }
            }
        } catch (CsvRecords.SyntaxException e) {
            log.error("line " + e.line(), null, e.getMessage() + "; the rest of the file is not read");
        }
        return new ClaimReport(kept, new ClaimReport.Totals(lines, valid, sum), log.problems());
    }

    private static ClaimLine parse(CsvRecords.Record r, Map<String, Integer> columns, Map<String, Integer> references,
                                   ProblemLog log) {
        String where = "line " + r.line();
        if (r.fields().size() != columns.size()) {
            log.error(where, null, r.fields().size() + " fields, the header has " + columns.size());
            return null;
        }
        int errors = 0;
        Map<String, String> f = new HashMap<>();
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            String value = r.fields().get(column.getValue()).strip();
            f.put(column.getKey(), value);
            if (value.indexOf(NOT_UTF8) >= 0) {
                log.error(where, column.getKey(), "holds bytes that are not UTF-8");
                errors++;
            }
        }
        String reference = f.get("reference");
        if (!REFERENCE.matcher(reference).matches()) {
            log.error(where, "reference", "'" + reference + "' is not 1–35 letters, digits or - _ . / :");
            errors++;
        } else {
            Integer earlier = references.putIfAbsent(reference, r.line());
            if (earlier != null) {
                log.error(where, "reference", "'" + reference + "' is already reported on line " + earlier);
                errors++;
            }
        }
        String account = f.get("account");
        if (!ACCOUNT.matcher(account).matches()) {
            log.error(where, "account", "'" + account + "' is not an account number of 6–34 digits");
            errors++;
        }
        String amountText = f.get("amount");
        long amount = AMOUNT.matcher(amountText).matches() ? Long.parseLong(amountText) : 0;
        if (amount == 0) {
            log.error(where, "amount", "'" + amountText + "' is not a positive whole rupiah amount (digits only: no"
                    + " sign, separators or decimals)");
            errors++;
        }
        OffsetDateTime withdrawnAt = null;
        try {
            withdrawnAt = OffsetDateTime.parse(f.get("withdrawn_at"));
            if (!INDONESIAN_OFFSETS.contains(withdrawnAt.getOffset())) {
                log.warning(where, "withdrawn_at", "offset " + withdrawnAt.getOffset() + " is not WIB (+07:00),"
                        + " WITA (+08:00) or WIT (+09:00)");
            }
        } catch (DateTimeParseException e) {
            log.error(where, "withdrawn_at", "'" + f.get("withdrawn_at") + "' is not an ISO 8601 time with offset,"
                    + " such as 2026-11-25T10:15:00+07:00");
            errors++;
        }
        return errors > 0 ? null : new ClaimLine(r.line(), reference, account, amount, withdrawnAt);
    }
}

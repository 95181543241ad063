package id.bansos.ledger.roster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a roster CSV file (see {@code docs/formats/roster.md}) as a stream: each data line becomes a household or the
 * list of its problems, with line numbers. Only the household ids are kept in memory, to refuse a repeated id. Counts
 * cover the data lines of the last pass; a file refused at its header has none. Not thread-safe.
 */
public final class RosterReader implements RosterSource {

    private final Path file;
    private final RosterLineParser parser;
    private long linesRead;
    private long valid;
    private final Set<String> ids = new HashSet<>();

    /**
     * A reader of {@code file} checking accounts against {@code banks} and program codes against {@code programs} (the
     * codes the import year's program rules know).
     */
    public RosterReader(Path file, BankAccountRules banks, Set<String> programs) {
        this.file = file;
        this.parser = new RosterLineParser(banks, programs);
    }

    @Override
    public void forEach(Consumer<Line> consumer) {
        linesRead = 0;
        valid = 0;
        try (BufferedReader in = open()) {
            CsvRecords csv = new CsvRecords(in);
            CsvRecords.Csv header = csv.next();
            List<RowProblem> headerProblems = headerProblems(header);
            if (!headerProblems.isEmpty()) {
                consumer.accept(new Line(1, null, headerProblems));
                return;
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.fields().size(); i++) {
                index.put(header.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            ids.clear();
            for (CsvRecords.Csv record = csv.next(); record != null; record = csv.next()) {
                linesRead++;
                Line line = line(record, header.fields().size(), index);
                if (line.record() != null) {
                    valid++;
                }
                consumer.accept(line);
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                consumer.accept(new Line((int) linesRead + 2, null, List.of(new RowProblem((int) linesRead + 2,
                        "(file)", null, "the file is not valid UTF-8 near this line"))));
                return;
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read roster " + file, e);
        }
    }

    @Override
    public List<RowProblem> validateAll() {
        List<RowProblem> problems = new ArrayList<>();
        forEach(line -> problems.addAll(line.problems()));
        return problems;
    }

    @Override
    public long linesRead() {
        return linesRead;
    }

    @Override
    public long valid() {
        return valid;
    }

    @Override
    public long invalid() {
        return linesRead - valid;
    }

    @Override
    public boolean listed(String householdId) {
        return ids.contains(householdId);
    }

    private BufferedReader open() throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
    }

    private Line line(CsvRecords.Csv record, int columns, Map<String, Integer> index) {
        if (record.unterminated()) {
            return new Line(record.line(), null, List.of(new RowProblem(record.line(), "(line)", null,
                    "a quoted field is not closed before the end of the file")));
        }
        if (record.fields().size() != columns) {
            return new Line(record.line(), null, List.of(new RowProblem(record.line(), "(line)", null,
                    "expected " + columns + " fields as in the header, found " + record.fields().size())));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        index.forEach((name, i) -> fields.put(name, record.fields().get(i)));
        Line parsed = parser.parse(record.line(), fields);
        String id = fields.get(RosterColumns.HOUSEHOLD_ID).strip();
        if (!ids.add(id)) {
            List<RowProblem> problems = new ArrayList<>(parsed.problems());
            problems.add(0, new RowProblem(record.line(), RosterColumns.HOUSEHOLD_ID, id,
                    "household id " + id + " appears on an earlier line of this file"));
            return new Line(record.line(), null, problems);
        }
        return parsed;
    }

    private static List<RowProblem> headerProblems(CsvRecords.Csv header) {
        if (header == null) {
            return List.of(new RowProblem(1, "(header)", null, "the file is empty; a header row is required"));
        }
        List<RowProblem> problems = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (String name : header.fields()) {
            String column = name.strip().toLowerCase(Locale.ROOT);
            if (!RosterColumns.ALL.contains(column)) {
                problems.add(new RowProblem(1, "(header)", name, "unknown column " + name));
            } else if (!present.add(column)) {
                problems.add(new RowProblem(1, "(header)", name, "column " + name + " appears twice"));
            }
        }
        for (String column : RosterColumns.ALL) {
            if (!present.contains(column)) {
                problems.add(new RowProblem(1, "(header)", column, "missing column " + column));
            }
        }
        return problems;
    }
}

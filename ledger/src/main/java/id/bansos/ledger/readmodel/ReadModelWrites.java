package id.bansos.ledger.readmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * The read-model writes of one batch of events, sent to the database as JDBC batches just before the batch commits.
 * Rows added to a numbered phase run before every ordered statement, phase by phase, all of a phase's rows of one
 * {@link RowSet} in one execution; use a phase only for writes that nothing else in the same batch touches (such as a
 * household's first row). Ordered statements name the group of rows they touch (a household's): those of one group
 * keep their order, and since different groups never touch the same rows, the n-th statements of every group run
 * together, grouped by SQL — a thousand households' credit-then-withdrawal updates make two JDBC batches, not two
 * thousand round trips. An ordered statement given as a {@link RowSet} goes further: its rows of one round are sent as
 * arrays and written by one statement.
 */
public final class ReadModelWrites {

    private final Map<Integer, Map<RowSet, List<Map<String, Object>>>> phases = new TreeMap<>();
    private final List<Statement> ordered = new ArrayList<>();

    /**
     * A statement that writes many rows in one execution, reading them from one text array per column, bound under
     * the column's name (for example {@code UPDATE t SET x = v.x::date FROM unnest(:ref::text[], :x::text[]) AS v(ref,
     * x) WHERE t.reference = v.ref}). Values are sent as text ({@code null} as null) and cast in the SQL.
     * One round holds
     * at most one statement per group of rows, so the statement must touch only rows of the groups it names. In a
     * phase, all the batch's rows of the statement go in one execution, so they must not touch the same row twice (as a
     * phase's writes never do).
     *
     * @param columns the names the arrays are bound under
     */
    public record RowSet(String sql, List<String> columns) {
    }

    /** Adds a row of a {@link RowSet} to a phase that runs before the ordered statements. */
    public void phase(int phase, RowSet statement, Map<String, Object> values) {
        phases.computeIfAbsent(phase, p -> new LinkedHashMap<>()).computeIfAbsent(statement, s -> new ArrayList<>())
                .add(values);
    }

    /**
     * Adds a statement that runs after the phases, after every statement added before it for the same rows.
     *
     * @param rows the group of rows the statement reads and writes, such as a household's id
     */
    public void ordered(String rows, String sql, Map<String, Object> binds) {
        ordered.add(new Statement(rows, sql, binds));
    }

    /**
     * Adds a row of a {@link RowSet} that runs after the phases, after every statement added before it for the same
     * rows.
     *
     * @param rows the group of rows the statement reads and writes, such as a household's id
     * @param values the row's value for each of the statement's columns
     */
    public void ordered(String rows, RowSet statement, Map<String, Object> values) {
        ordered.add(new Statement(rows, statement, values));
    }

    /** Binds for a statement from alternating names and values; values may be {@code null}. */
    public static Map<String, Object> binds(Object... namesAndValues) {
        Map<String, Object> binds = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            binds.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return binds;
    }

    /** Whether there is nothing to write. */
    public boolean isEmpty() {
        return phases.isEmpty() && ordered.isEmpty();
    }

    /** Writes everything on the handle's connection and forgets it. */
    public void flush(Handle handle) {
        for (Map<RowSet, List<Map<String, Object>>> phase : phases.values()) {
            phase.forEach((set, rows) -> execute(handle, set, rows));
        }
        Map<String, Integer> turns = new HashMap<>();
        List<Map<Object, List<Map<String, Object>>>> rounds = new ArrayList<>();
        for (Statement statement : ordered) {
            int round = turns.merge(statement.rows(), 1, Integer::sum) - 1;
            if (round == rounds.size()) {
                rounds.add(new LinkedHashMap<>());
            }
            rounds.get(round).computeIfAbsent(statement.sql(), sql -> new ArrayList<>()).add(statement.binds());
        }
        for (Map<Object, List<Map<String, Object>>> round : rounds) {
            round.forEach((sql, rows) -> execute(handle, sql, rows));
        }
        phases.clear();
        ordered.clear();
    }

    private static void execute(Handle handle, Object statement, List<Map<String, Object>> rows) {
        if (statement instanceof RowSet set) {
            execute(handle, set, rows);
        } else {
            execute(handle, (String) statement, rows);
        }
    }

    private static void execute(Handle handle, String sql, List<Map<String, Object>> rows) {
        PreparedBatch batch = handle.prepareBatch(sql);
        for (Map<String, Object> binds : rows) {
            batch.bindMap(binds).add();
        }
        batch.execute();
    }

    private static void execute(Handle handle, RowSet set, List<Map<String, Object>> rows) {
        Update update = handle.createUpdate(set.sql());
        for (String column : set.columns()) {
            String[] values = new String[rows.size()];
            for (int i = 0; i < values.length; i++) {
                Object value = rows.get(i).get(column);
                values[i] = value == null ? null : value.toString();
            }
            update.bindArray(column, String.class, (Object[]) values);
        }
        update.execute();
    }

    /** An ordered statement: its SQL text, or a {@link RowSet}. */
    private record Statement(String rows, Object sql, Map<String, Object> binds) {
    }
}

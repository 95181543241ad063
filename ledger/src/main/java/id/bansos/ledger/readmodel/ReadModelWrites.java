package id.bansos.ledger.readmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The read-model writes of one batch of events, sent to the database as JDBC batches just before the batch commits.
 * Statements added in a numbered phase run before every ordered statement, phase by phase, grouped by SQL; use a phase
 * only for writes that nothing earlier in the same batch can touch (such as a household's first row). Ordered
 * statements name the group of rows they touch (a household's): those of one group keep their order, and since
 * different groups never touch the same rows, the n-th statements of every group run together, grouped by SQL — a
 * thousand households' credit-then-withdrawal updates make two JDBC batches, not two thousand round trips.
 */
public final class ReadModelWrites {

    private final Map<Integer, Map<String, List<Map<String, Object>>>> phases = new TreeMap<>();
    private final List<Statement> ordered = new ArrayList<>();

    /** Adds a statement to a phase that runs before the ordered statements. */
    public void phase(int phase, String sql, Map<String, Object> binds) {
        phases.computeIfAbsent(phase, p -> new LinkedHashMap<>()).computeIfAbsent(sql, s -> new ArrayList<>()).add(binds);
    }

    /**
     * Adds a statement that runs after the phases, after every statement added before it for the same rows.
     *
     * @param rows the group of rows the statement reads and writes, such as a household's id
     */
    public void ordered(String rows, String sql, Map<String, Object> binds) {
        ordered.add(new Statement(rows, sql, binds));
    }

    /** Whether there is nothing to write. */
    public boolean isEmpty() {
        return phases.isEmpty() && ordered.isEmpty();
    }

    /** Writes everything on the handle's connection and forgets it. */
    public void flush(Handle handle) {
        for (Map<String, List<Map<String, Object>>> phase : phases.values()) {
            phase.forEach((sql, rows) -> execute(handle, sql, rows));
        }
        Map<String, Integer> turns = new HashMap<>();
        List<Map<String, List<Map<String, Object>>>> rounds = new ArrayList<>();
        for (Statement statement : ordered) {
            int round = turns.merge(statement.rows(), 1, Integer::sum) - 1;
            if (round == rounds.size()) {
                rounds.add(new LinkedHashMap<>());
            }
            rounds.get(round).computeIfAbsent(statement.sql(), sql -> new ArrayList<>()).add(statement.binds());
        }
        for (Map<String, List<Map<String, Object>>> round : rounds) {
            round.forEach((sql, rows) -> execute(handle, sql, rows));
        }
        phases.clear();
        ordered.clear();
    }

    private static void execute(Handle handle, String sql, List<Map<String, Object>> rows) {
        PreparedBatch batch = handle.prepareBatch(sql);
        for (Map<String, Object> binds : rows) {
            batch.bindMap(binds).add();
        }
        batch.execute();
    }

    private record Statement(String rows, String sql, Map<String, Object> binds) {
    }
}

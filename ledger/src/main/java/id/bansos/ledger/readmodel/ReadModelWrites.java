package id.bansos.ledger.readmodel;

import java.util.ArrayList;
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
 * statements keep their order; consecutive statements with the same SQL share one JDBC batch.
 */
public final class ReadModelWrites {

    private final Map<Integer, Map<String, List<Map<String, Object>>>> phases = new TreeMap<>();
    private final List<Statement> ordered = new ArrayList<>();

    /** Adds a statement to a phase that runs before the ordered statements. */
    public void phase(int phase, String sql, Map<String, Object> binds) {
        phases.computeIfAbsent(phase, p -> new LinkedHashMap<>()).computeIfAbsent(sql, s -> new ArrayList<>()).add(binds);
    }

    /** Adds a statement that runs after the phases, in the order added. */
    public void ordered(String sql, Map<String, Object> binds) {
        ordered.add(new Statement(sql, binds));
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
        int i = 0;
        while (i < ordered.size()) {
            String sql = ordered.get(i).sql();
            List<Map<String, Object>> run = new ArrayList<>();
            while (i < ordered.size() && ordered.get(i).sql().equals(sql)) {
                run.add(ordered.get(i++).binds());
            }
            execute(handle, sql, run);
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

    private record Statement(String sql, Map<String, Object> binds) {
    }
}

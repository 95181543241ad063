package id.bansos.app.console;

import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** One step of a batch's or a case's trail: when, who, what, and its detail. */
public record TrailStep(OffsetDateTime at, String actor, String action, String detail) {

    /**
     * The trail of one batch or case, in order.
     *
     * @param table     its trail table: {@code batch_trail} or {@code case_trail}
     * @param keyColumn the table's key column: {@code batch_id} or {@code case_id}
     */
    public static List<TrailStep> read(Jdbi jdbi, String table, String keyColumn, String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT at, actor, action, detail FROM " + table + " WHERE "
                        + keyColumn + " = :key ORDER BY seq")
                .bind("key", key).map((rs, ctx) -> new TrailStep(rs.getObject(1, OffsetDateTime.class),
                        rs.getString(2), rs.getString(3), rs.getString(4)))
                .list());
    }
}

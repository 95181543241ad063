package id.bansos.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.testing.TestPostgres;
import id.bansos.ledger.readmodel.ReadModelWrites;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Read-model writes regrouped for JDBC batches keep every household's statements in their order. */
class ReadModelWritesTest {

    @Test
    void each_households_statements_run_in_their_order_however_the_households_interleave() {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        Jdbi jdbi = Jdbi.create(db.url(), db.user(), db.password());
        jdbi.useHandle(h -> h.execute("CREATE TABLE line (household TEXT, reference TEXT PRIMARY KEY, trail TEXT)"));
        ReadModelWrites writes = new ReadModelWrites();
        String insert = "INSERT INTO line (household, reference, trail) VALUES (:h, :ref, 'scheduled')";
        String credit = "UPDATE line SET trail = trail || ' credited' WHERE reference = :ref";
        String withdraw = "UPDATE line SET trail = trail || ' withdrawn' WHERE reference = :ref";
        String reset = "UPDATE line SET trail = 'reset' WHERE household = :h";

        for (int n = 1; n <= 50; n++) {
            String household = "H" + n;
            writes.ordered(household, insert, Map.of("h", household, "ref", household + "-1"));
            writes.ordered(household, credit, Map.of("ref", household + "-1"));
            if (n % 10 == 0) {
                writes.ordered(household, reset, Map.of("h", household));
            }
            writes.ordered(household, withdraw, Map.of("ref", household + "-1"));
        }
        jdbi.useHandle(writes::flush);

        List<Map<String, Object>> lines = jdbi.withHandle(h -> h.createQuery(
                "SELECT trail, count(*) AS n FROM line GROUP BY trail ORDER BY trail").mapToMap().list());
        assertThat(lines).containsExactly(Map.of("trail", "reset withdrawn", "n", 5L),
                Map.of("trail", "scheduled credited withdrawn", "n", 45L));
        assertThat(writes.isEmpty()).as("flushed writes are forgotten").isTrue();
    }

    @Test
    void a_row_set_writes_a_rounds_rows_in_one_statement_in_order_with_the_others_and_keeps_nulls() {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        Jdbi jdbi = Jdbi.create(db.url(), db.user(), db.password());
        jdbi.useHandle(h -> h.execute("CREATE TABLE line (household TEXT, reference TEXT PRIMARY KEY, trail TEXT, "
                + "credits INT DEFAULT 0, booked DATE)"));
        ReadModelWrites writes = new ReadModelWrites();
        String insert = "INSERT INTO line (household, reference, trail) VALUES (:h, :ref, 'scheduled')";
        ReadModelWrites.RowSet credit = new ReadModelWrites.RowSet("""
                UPDATE line l SET trail = l.trail || ' credited', credits = l.credits + 1,
                    booked = COALESCE(l.booked, v.booked::date)
                FROM unnest(:ref::text[], :booked::text[]) AS v(ref, booked) WHERE l.reference = v.ref""",
                List.of("ref", "booked"));
        String withdraw = "UPDATE line SET trail = trail || ' withdrawn' WHERE reference = :ref";

        for (int n = 1; n <= 40; n++) {
            String household = "H" + n;
            writes.ordered(household, insert, Map.of("h", household, "ref", household + "-1"));
            java.util.Map<String, Object> values = new java.util.HashMap<>();
            values.put("ref", household + "-1");
            values.put("booked", n % 4 == 0 ? null : java.time.LocalDate.of(2026, 10, n % 28 + 1));
            writes.ordered(household, credit, values);
            writes.ordered(household, credit, Map.of("ref", household + "-1", "booked", "2026-11-30"));
            writes.ordered(household, withdraw, Map.of("ref", household + "-1"));
        }
        jdbi.useHandle(writes::flush);

        List<Map<String, Object>> lines = jdbi.withHandle(h -> h.createQuery("""
                SELECT trail, credits, count(*) AS n, count(*) FILTER (WHERE booked = DATE '2026-11-30') AS late
                FROM line GROUP BY trail, credits""").mapToMap().list());
        assertThat(lines).containsExactly(Map.of("trail", "scheduled credited credited withdrawn", "credits", 2,
                "n", 40L, "late", 10L));
    }
}

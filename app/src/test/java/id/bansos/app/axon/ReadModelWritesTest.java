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
}

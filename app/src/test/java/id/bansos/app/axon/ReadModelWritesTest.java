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

    @Test
    void a_phases_row_set_writes_the_whole_batchs_rows_in_one_statement_before_the_ordered_statements() {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        Jdbi jdbi = Jdbi.create(db.url(), db.user(), db.password());
        jdbi.useHandle(h -> h.execute("CREATE TABLE household (id TEXT PRIMARY KEY, members SMALLINT, note TEXT);"
                + "CREATE TABLE member (household TEXT, nik TEXT, PRIMARY KEY (household, nik));"
                + "INSERT INTO household VALUES ('H1', 9, 'stale'); INSERT INTO member VALUES ('H1', 'old')"));
        ReadModelWrites.RowSet household = new ReadModelWrites.RowSet("""
                INSERT INTO household (id, members, note) SELECT v.id, v.members::smallint, v.note
                FROM unnest(:id::text[], :members::text[], :note::text[]) AS v(id, members, note)
                ON CONFLICT (id) DO UPDATE SET members = EXCLUDED.members, note = EXCLUDED.note""",
                List.of("id", "members", "note"));
        ReadModelWrites.RowSet forget = new ReadModelWrites.RowSet(
                "DELETE FROM member WHERE household = ANY(:id::text[])", List.of("id"));
        ReadModelWrites.RowSet member = new ReadModelWrites.RowSet(
                "INSERT INTO member SELECT * FROM unnest(:id::text[], :nik::text[])", List.of("id", "nik"));
        String noted = "UPDATE household SET note = note || ' noted' WHERE id = :id";
        ReadModelWrites batch = new ReadModelWrites();

        for (int n = 1; n <= 30; n++) {
            String id = "H" + n;
            java.util.Map<String, Object> values = new java.util.HashMap<>();
            values.put("id", id);
            values.put("members", 2);
            values.put("note", n % 3 == 0 ? null : "registered");
            batch.ordered(id, noted, Map.of("id", id));
            batch.phase(2, member, Map.of("id", id, "nik", id + "-a"));
            batch.phase(2, member, Map.of("id", id, "nik", id + "-b"));
            batch.phase(1, forget, Map.of("id", id));
            batch.phase(0, household, values);
        }
        jdbi.useHandle(batch::flush);

        List<Map<String, Object>> households = jdbi.withHandle(h -> h.createQuery("""
                SELECT members, COALESCE(note, 'none') AS note, count(*) AS n FROM household
                GROUP BY members, note ORDER BY note NULLS FIRST""")
                .mapToMap().list());
        assertThat(households).as("every household once, its ordered update after its phase's row")
                .containsExactly(Map.of("members", 2, "note", "none", "n", 10L),
                        Map.of("members", 2, "note", "registered noted", "n", 20L));
        long members = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM member").mapTo(Long.class).one());
        assertThat(members).as("the members forgotten before the batch's members went in").isEqualTo(60L);
    }
}

package id.bansos.app.db;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.testing.TestPostgres;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation rewrites every paid line twice (credited, then withdrawn). Those updates stay heap-only — no index
 * written, the new row version on the old one's page — only while no index of {@code payment_line} names a column they
 * change, in its key, expression or predicate, and while its pages keep room.
 */
class PaymentLineUpdatesTest {

    private static final List<String> REWRITTEN = List.of("status", "status_reason", "credits", "booked_on",
            "withdrawn_on", "updated_at");

    @Test
    void no_index_of_payment_line_names_a_column_reconciliation_rewrites_and_its_pages_keep_room() {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        Flyway.configure().dataSource(db.url(), db.user(), db.password()).load().migrate();
        Jdbi jdbi = Jdbi.create(db.url(), db.user(), db.password());

        List<String> indexes = jdbi.withHandle(h -> h.createQuery(
                "SELECT indexdef FROM pg_indexes WHERE tablename = 'payment_line'").mapTo(String.class).list());
        List<String> options = jdbi.withHandle(h -> h.createQuery(
                "SELECT unnest(reloptions) FROM pg_class WHERE relname = 'payment_line'").mapTo(String.class).list());

        assertThat(indexes).as("payment_line's indexes").hasSizeGreaterThanOrEqualTo(5);
        for (String column : REWRITTEN) {
            assertThat(indexes).as("indexes naming " + column)
                    .noneMatch(definition -> definition.matches("(?s).*\\b" + column + "\\b.*"));
        }
        assertThat(options).contains("fillfactor=70");
    }
}

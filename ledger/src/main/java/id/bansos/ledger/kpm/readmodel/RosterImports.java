package id.bansos.ledger.kpm.readmodel;

import id.bansos.ledger.roster.RowProblem;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The record of roster imports: who imported which file when, what it changed, and each invalid line. */
public class RosterImports {

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final Jdbi jdbi;

    public RosterImports(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Opens the record of a new import and returns its id. */
    public String start(String fileName, String fileSha256, YearMonth period, String actingUser) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String importId = "IMP-" + ID_TIME.format(now) + "-" + fileSha256.substring(0, 8) + "-"
                + UUID.randomUUID().toString().substring(0, 4);
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO roster_import (import_id, file_name, file_sha256, period, started_at, status,
                            acting_user)
                        VALUES (:id, :file, :sha, :period, :now, 'RUNNING', :user)""")
                .bind("id", importId).bind("file", fileName).bind("sha", fileSha256).bind("period", period.toString())
                .bind("now", now).bind("user", actingUser).execute());
        return importId;
    }

    /** Records invalid lines; their values are already masked. */
    public void problems(String importId, List<RowProblem> problems) {
        jdbi.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO roster_import_problem (import_id, line, field, value, reason)
                    VALUES (:id, :line, :field, :value, :reason)""");
            for (RowProblem p : problems) {
                batch.bind("id", importId).bind("line", p.line()).bind("field", p.field())
                        .bind("value", truncate(p.value(), 200)).bind("reason", truncate(p.reason(), 500)).add();
            }
            if (!problems.isEmpty()) {
                batch.execute();
            }
        });
    }

    /** Households on the roster now, in id order. */
    public void onRoster(java.util.function.Consumer<String> consumer) {
        jdbi.useHandle(h -> h.createQuery(
                        "SELECT household_id FROM roster_fingerprint WHERE on_roster ORDER BY household_id")
                .setFetchSize(10_000).mapTo(String.class).forEach(consumer));
    }

    /** Closes the record of an import with its counts. */
    public Summary finish(String importId, String status, Counts counts, String note) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE roster_import SET finished_at = :now, status = :status, lines_read = :lines,
                            rows_invalid = :invalid, registered = :registered, changed = :updated,
                            unchanged = :unchanged, dropped = :dropped, events = :events
                        WHERE import_id = :id""")
                .bind("id", importId).bind("now", OffsetDateTime.now(ZoneOffset.UTC)).bind("status", status)
                .bind("lines", counts.linesRead()).bind("invalid", counts.invalid())
                .bind("registered", counts.registered()).bind("updated", counts.updated())
                .bind("unchanged", counts.unchanged()).bind("dropped", counts.dropped())
                .bind("events", counts.events()).execute());
        return new Summary(importId, status, counts, note, problems(importId, 1000));
    }

    /** The first {@code limit} problems recorded for an import, by line. */
    public List<RowProblem> problems(String importId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT line, field, value, reason FROM roster_import_problem WHERE import_id = :id
                        ORDER BY line, field LIMIT :limit""")
                .bind("id", importId).bind("limit", limit)
                .map((rs, ctx) -> new RowProblem(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list());
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** What an import did. {@code changes()} is zero when the file changed nothing. */
    public record Counts(long linesRead, long invalid, long registered, long updated, long unchanged, long dropped,
                         long events) {
        /** Households registered, updated or dropped. */
        public long changes() {
            return registered + updated + dropped;
        }
    }

    /** The outcome of an import. */
    public record Summary(String importId, String status, Counts counts, String note, List<RowProblem> problems) {
    }
}

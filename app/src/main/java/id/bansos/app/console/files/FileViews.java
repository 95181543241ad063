package id.bansos.app.console.files;

import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

/**
 * What the files screen shows, read from the outbox's and the inbox's read models: the files exported for each bank
 * and PT Pos and whether they were collected, and the files received from them, accepted, applied or quarantined with
 * the reason (the element or line, and the field, that is wrong).
 */
@Component
public class FileViews {

    /** The most files of each kind one screen lists, newest first. */
    public static final int LIMIT = 500;

    private final Jdbi jdbi;

    public FileViews(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The channels that have files, either way. */
    public List<String> channels() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT channel FROM batch_file WHERE channel IS NOT NULL
                        UNION SELECT channel FROM inbound_file ORDER BY 1""")
                .mapTo(String.class).list());
    }

    /** Files exported into the outbox of {@code channel} (every channel when {@code null}). */
    public List<Exported> outbox(String channel) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT channel, file_name, batch_id, line_count, control_sum, sha256, exported_at,
                               collected_at, collected_by
                        FROM batch_file WHERE :channel IS NULL OR channel = :channel
                        ORDER BY exported_at DESC, file_name LIMIT :limit""")
                .bind("channel", channel).bind("limit", LIMIT)
                .map((rs, ctx) -> new Exported(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                        rs.getObject(8, OffsetDateTime.class), rs.getString(9)))
                .list());
    }

    /**
     * Files received from {@code channel} (every channel when {@code null}) in {@code status} ({@code ACCEPTED},
     * {@code APPLIED}, {@code QUARANTINED}; any when {@code null}).
     */
    public List<Received> inbox(String channel, String status) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, channel, file_name, format, received_at, received_by, status, reason, entry_count,
                               matched_lines, break_lines, suspense_lines, skipped_lines, application_note
                        FROM inbound_file
                        WHERE (:channel IS NULL OR channel = :channel)
                          AND (:status IS NULL OR status = :status)
                        ORDER BY received_at DESC, id DESC LIMIT :limit""")
                .bind("channel", channel).bind("status", status).bind("limit", LIMIT)
                .map((rs, ctx) -> new Received(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getObject(9, Long.class), rs.getObject(10, Long.class), rs.getObject(11, Long.class),
                        rs.getObject(12, Long.class), rs.getObject(13, Long.class), rs.getString(14)))
                .list());
    }

    /** A file placed in a channel's outbox: its batch, lines, rupiah, SHA-256, and when and by whom collected. */
    public record Exported(String channel, String fileName, String batchId, long lines, long amount, String sha256,
                           OffsetDateTime exportedAt, OffsetDateTime collectedAt, String collectedBy) {
    }

    /**
     * A file a bank or PT Pos sent: {@code ACCEPTED} (waiting to be applied), {@code APPLIED} with its lines matched,
     * breaks, suspense and skipped, or {@code QUARANTINED} with the reason.
     */
    public record Received(long id, String channel, String fileName, String format, OffsetDateTime receivedAt,
                           String receivedBy, String status, String reason, Long entries, Long matched, Long breaks,
                           Long suspense, Long skipped, String note) {

        /** What applying it gave: lines matched, breaks, in suspense and skipped. */
        public Object[] applied() {
            return new Object[] {matched, breaks, suspense, skipped};
        }
    }
}

package id.bansos.app.exchange;

import java.time.OffsetDateTime;

/**
 * A file a bank or PT Pos sent, as intake recorded it.
 *
 * @param status   {@code ACCEPTED} (read whole, nothing wrong; waiting for reconciliation) or {@code QUARANTINED}
 * @param reason   why it was quarantined, naming the element or line and the field; null when accepted
 * @param note     what was noticed without refusing the file (a gap in the statement numbering), or null
 * @param repeat   whether this arrival repeated a file already received (it changed nothing)
 */
public record InboundFile(long id, String sha256, String channel, String fileName, long sizeBytes, String storedPath,
                          String receivedVia, String receivedBy, OffsetDateTime receivedAt, String format,
                          String messageId, Long entryCount, String status, String reason, String note,
                          boolean repeat) {

    /** The same record, marked as a repeated arrival. */
    InboundFile asRepeat() {
        return new InboundFile(id, sha256, channel, fileName, sizeBytes, storedPath, receivedVia, receivedBy,
                receivedAt, format, messageId, entryCount, status, reason, note, true);
    }
}

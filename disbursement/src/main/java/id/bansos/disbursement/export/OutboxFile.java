package id.bansos.disbursement.export;

/**
 * A batch's file as an export left it.
 *
 * @param placement what the export did with it
 */
public record OutboxFile(String fileName, String format, int sequence, long lineCount, long controlSum, String sha256,
                         Placement placement) {

    /** What an export did with a file. */
    public enum Placement {
        /** Written and moved into the outbox. */
        WRITTEN,
        /** Already in the outbox with the same bytes; left as it was. */
        ALREADY_IN_OUTBOX,
        /** Collected by the bank or PT Pos earlier; not placed again. */
        COLLECTED
    }
}

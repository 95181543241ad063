package id.bansos.disbursement.batch;

import java.time.YearMonth;

/**
 * A batch was built for one program, period and channel (and file part, when a channel's lines exceed the bank's
 * per-file limit), with the digest of its lines.
 */
public record BatchPrepared(String batchId, String program, YearMonth period, String channel, BatchDigest digest,
                            String preparedBy) implements BatchEvent {
}

package id.bansos.ledger.kpm;

import java.time.Instant;

/** One step in a household's history, in words a person understands. */
public record TimelineEntry(long sequence, Instant at, String what) {
}

package id.bansos.reconciliation.trail;

import java.time.YearMonth;

/** Where money is tracked: one program, one period, one channel. */
public record TrailKey(String program, YearMonth period, String channel) {

    /** As an officer reads it: {@code SEMBAKO 2026-10 BRI}. */
    @Override
    public String toString() {
        return program + " " + period + " " + channel;
    }
}

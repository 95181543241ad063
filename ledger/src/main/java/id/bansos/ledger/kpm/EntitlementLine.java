package id.bansos.ledger.kpm;

/**
 * One line of an entitlement's computation, e.g. "SD pupil (NIK 320101******0003): Rp 225.000, counted", or the flat
 * Sembako rate. {@code counted} is false for components beyond the program's cap.
 */
public record EntitlementLine(String label, String memberNikMasked, long amount, boolean counted) {
}

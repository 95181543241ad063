package id.bansos.ledger.kpm;

/**
 * A program the household is enrolled in.
 *
 * @param skAmount the amount the decree (SK) states for this household, whole rupiah; null when not stated
 */
public record ProgramEnrolment(String program, Long skAmount) {
}

package id.bansos.bank.payment;

/**
 * What an outbound writer wrote, computed while streaming.
 *
 * @param count      lines written
 * @param controlSum their sum in whole rupiah
 * @param sha256     SHA-256 of the bytes written, 64 lowercase hex digits
 * @param bytes      the file's size
 */
public record WrittenFile(long count, long controlSum, String sha256, long bytes) {
}

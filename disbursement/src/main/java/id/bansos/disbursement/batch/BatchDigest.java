package id.bansos.disbursement.batch;

/**
 * What an approval approves: the number of lines, their control sum in whole rupiah, and a SHA-256 over the lines'
 * canonical form. Export refuses to run when the lines no longer give the approved digest.
 */
public record BatchDigest(long lineCount, long controlSum, String sha256) {

    public BatchDigest {
        if (lineCount < 0 || controlSum < 0) {
            throw new IllegalArgumentException("a digest counts lines and rupiah, which are never negative");
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a digest's SHA-256 is 64 lowercase hex digits");
        }
    }
}

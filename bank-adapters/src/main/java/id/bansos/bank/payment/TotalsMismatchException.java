package id.bansos.bank.payment;

/**
 * The lines streamed into a file do not give the count or control sum its header announced (the approved digest).
 * The file written so far is incomplete and must be deleted by the caller.
 */
public final class TotalsMismatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long expectedCount;
    private final long actualCount;
    private final long expectedSum;
    private final long actualSum;

    public TotalsMismatchException(String file, long expectedCount, long actualCount, long expectedSum,
                                   long actualSum) {
        super(file + ": the header announces " + expectedCount + " lines for " + expectedSum + " rupiah but "
                + actualCount + " lines for " + actualSum + " rupiah were streamed; the file is incomplete, delete it");
        this.expectedCount = expectedCount;
        this.actualCount = actualCount;
        this.expectedSum = expectedSum;
        this.actualSum = actualSum;
    }

    public long expectedCount() {
        return expectedCount;
    }

    public long actualCount() {
        return actualCount;
    }

    public long expectedSum() {
        return expectedSum;
    }

    public long actualSum() {
        return actualSum;
    }
}

package id.bansos.disbursement.batch;

/** A command on a batch that the rules refuse; the message says why in words the user can act on. */
public class BatchRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BatchRefused(String message) {
        super(message);
    }
}

package id.bansos.bank.payment;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Passes bytes on to a target while computing their SHA-256 and counting them. Closing it flushes the target but does
 * not close it: the caller who opened the target closes it.
 */
public final class DigestingOutputStream extends FilterOutputStream {

    private final MessageDigest digest;
    private long bytes;

    public DigestingOutputStream(OutputStream target) {
        super(target);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        bytes++;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        out.write(buffer, offset, length);
        digest.update(buffer, offset, length);
        bytes += length;
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    /** The file written so far, with the given line count and control sum. */
    public WrittenFile written(long count, long controlSum) {
        try {
            MessageDigest copy = (MessageDigest) digest.clone();
            return new WrittenFile(count, controlSum, HexFormat.of().formatHex(copy.digest()), bytes);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest cannot be copied", e);
        }
    }
}

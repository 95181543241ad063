package id.bansos.bank.payment;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** SHA-256 of a file's bytes, 64 lowercase hex digits: what this stream computes while the file is written. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             DigestingOutputStream sink = new DigestingOutputStream(OutputStream.nullOutputStream())) {
            in.transferTo(sink);
            return sink.written(0, 0).sha256();
        }
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

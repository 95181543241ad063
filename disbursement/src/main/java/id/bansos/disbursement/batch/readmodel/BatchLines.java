package id.bansos.disbursement.batch.readmodel;

import id.bansos.disbursement.batch.BatchDigest;
import java.nio.charset.StandardCharsets;
import id.bansos.ledger.privacy.PersonalData;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;

/**
 * The lines of a batch as they stand in the payment_line read model, streamed in reference order, and their digest:
 * count, control sum and SHA-256 over each line's canonical form {@code reference|household|amount|channel|account\n}.
 */
public class BatchLines {

    private final Jdbi jdbi;

    public BatchLines(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The orders lines are read in. */
    public enum Order {
        /** By payment reference: the order of the digest and of bank files. */
        REFERENCE("reference"),
        /** By regency (the first four digits of the kode wilayah), then reference: the order of PT Pos manifests. */
        REGENCY("substr(translate(region_code, '.', ''), 1, 4), reference");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    /** Streams the batch's scheduled lines in reference order. */
    public void forEach(String batchId, Consumer<Line> consumer) {
        read(batchId, Order.REFERENCE, lines -> {
            lines.forEachRemaining(consumer);
            return null;
        });
    }

    /**
     * Runs {@code reader} over the batch's scheduled lines in {@code order}, streamed from one transaction so that
     * memory stays bounded however many lines the batch has.
     */
    public <T> T read(String batchId, Order order, Function<Iterator<Line>, T> reader) {
        PersonalData personal = PersonalData.current();
        return jdbi.inTransaction(h -> {
            try (Stream<Line> lines = h.createQuery("""
                            SELECT reference, household_id, program, period, amount, channel, account_number,
                                   kks_number, creditor_name, region_code, address, pengurus_nik
                            FROM payment_line WHERE batch_id = :batch AND status = 'SCHEDULED'
                            ORDER BY\s""" + order.sql)
                    .bind("batch", batchId)
                    .setFetchSize(2000)
                    .map((rs, ctx) -> new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getString(6), personal.reveal(rs.getString(7)),
                            personal.reveal(rs.getString(8)), rs.getString(9), rs.getString(10), rs.getString(11),
                            personal.reveal(rs.getString(12))))
                    .stream()) {
                return reader.apply(lines.iterator());
            }
        });
    }

    /** The channel a batch pays through, from its lines. */
    public String channelOf(String batchId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT channel FROM payment_line WHERE batch_id = :batch LIMIT 1")
                .bind("batch", batchId).mapTo(String.class).findOne())
                .orElseThrow(() -> new IllegalArgumentException("batch " + batchId + " has no lines"));
    }

    /** The digest of the batch's lines as they stand now. */
    public BatchDigest digest(String batchId) {
        MessageDigest sha = sha256();
        long[] countAndSum = new long[2];
        forEach(batchId, line -> {
            sha.update(line.canonical().getBytes(StandardCharsets.UTF_8));
            countAndSum[0]++;
            countAndSum[1] = Math.addExact(countAndSum[1], line.amount());
        });
        return new BatchDigest(countAndSum[0], countAndSum[1], HexFormat.of().formatHex(sha.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** One payment line of a batch, with what a bank file or a PT Pos manifest needs. */
    public record Line(String reference, String householdId, String program, String period, long amount,
                       String channel, String accountNumber, String kksNumber, String creditorName, String regionCode,
                       String address, String pengurusNik) {

        /** The form the digest is computed over. */
        public String canonical() {
            return reference + "|" + householdId + "|" + amount + "|" + channel + "|"
                    + (accountNumber == null ? "" : accountNumber) + "\n";
        }
    }
}

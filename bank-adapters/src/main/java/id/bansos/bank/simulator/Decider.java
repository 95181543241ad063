package id.bansos.bank.simulator;

import id.bansos.bank.pain001.Pain001Reader;
import id.bansos.bank.pos.manifest.PosManifestHeader;
import id.bansos.bank.pos.manifest.PosManifestReader;
import id.bansos.bank.statement.PosPayoutLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws each payment's fate from {@link SimulationOptions}: a generator seeded with the seed and the payment
 * reference, so that a decision is the same whichever pass over the file asks for it.
 */
final class Decider {

    /** The return reason of a sweep of unclaimed funds (proprietary: not an ISO code). */
    static final String UNCLAIMED = "NOCL";

    private static final String[] REJECT_CODES = {"AC01", "AC04", "AC06", "MD07"};
    private static final String[] RETURN_CODES = {"AC04", "MD07"};
    private static final String[] NOT_COLLECTED = {"KPM meninggal dunia, undangan dikembalikan",
        "KPM pindah alamat", "KPM tidak ditemukan", "KPM tidak datang sampai batas waktu"};
    private static final String[] PROOF = {"signature", "photo_id", "geotag"};
    private static final LocalTime OPENING = LocalTime.of(7, 0);
    private static final int WINDOW_SECONDS = 12 * 3600;

    /**
     * A PT Pos payout as reported, and its ground truth.
     */
    record PosDraw(PosPayoutLine line, Decision decision) {
    }

    private final SimulationOptions options;
    private final double[] bankThresholds;

    Decider(SimulationOptions options) {
        this.options = options;
        SimulationOptions.Rates r = options.rates();
        double[] rates = {r.rejectAc01(), r.rejectAc04(), r.rejectAc06(), r.rejectMd07(), r.returnAc04(),
            r.returnMd07(), r.doubleCredit(), r.unclaimed()};
        bankThresholds = new double[rates.length];
        double cumulative = 0;
        for (int i = 0; i < rates.length; i++) {
            cumulative += rates[i];
            bankThresholds[i] = cumulative;
        }
    }

    /** The bank's decision on one credit transfer executed on {@code executionDate}. */
    Decision bank(Pain001Reader.CreditTransfer tx, LocalDate executionDate) {
        SplittableRandom random = random(tx.endToEndId());
        double draw = random.nextDouble();
        int bin = 0;
        while (bin < bankThresholds.length && draw >= bankThresholds[bin]) {
            bin++;
        }
        Outcome outcome;
        String reason = null;
        LocalDate settled = null;
        if (bin < 4) {
            return new Decision(tx.position(), tx.endToEndId(), tx.creditorAccount(), tx.amount(), Outcome.REJECTED,
                    REJECT_CODES[bin], null, null, null, List.of());
        } else if (bin < 6) {
            outcome = Outcome.RETURNED;
            reason = RETURN_CODES[bin - 4];
            settled = executionDate.plusDays(options.returnAfterDays());
        } else if (bin == 6) {
            outcome = Outcome.DOUBLE_CREDITED;
        } else if (bin == 7) {
            outcome = Outcome.UNCLAIMED_SWEPT;
            reason = UNCLAIMED;
            settled = executionDate.plusDays(options.sweepAfterDays());
        } else {
            outcome = Outcome.CREDITED;
        }
        OffsetDateTime withdrawn = null;
        if (outcome == Outcome.CREDITED || outcome == Outcome.DOUBLE_CREDITED) {
            withdrawn = at(executionDate.plusDays(random.nextInt(options.sweepAfterDays())), random);
        }
        return new Decision(tx.position(), tx.endToEndId(), tx.creditorAccount(), tx.amount(), outcome, reason,
                executionDate, settled, withdrawn, List.of());
    }

    /** PT Pos's payout of one manifest line, at the post office of the manifest. */
    PosDraw pos(PosManifestReader.Line line, PosManifestHeader header, long position) {
        SplittableRandom random = random(line.reference());
        if (random.nextDouble() < options.rates().posNotCollected()) {
            String reason = NOT_COLLECTED[random.nextInt(NOT_COLLECTED.length)];
            PosPayoutLine report = new PosPayoutLine((int) Math.min(Integer.MAX_VALUE, position + 1),
                    line.reference(), PosPayoutLine.Status.NOT_COLLECTED, line.amount(), null, null, null, false,
                    null, null, reason);
            return new PosDraw(report, new Decision(position, line.reference(), null, line.amount(),
                    Outcome.POS_NOT_COLLECTED, reason, null, null, null, List.of()));
        }
        long windowDays = ChronoUnit.DAYS.between(line.collectionStart(), line.collectionEnd()) + 1;
        OffsetDateTime paidAt = at(line.collectionStart().plusDays(random.nextLong(windowDays)), random);
        String missing = random.nextDouble() < options.rates().posMissingProof()
                ? PROOF[random.nextInt(PROOF.length)] : null;
        BigDecimal latitude = BigDecimal.valueOf(-6_000_000 - random.nextInt(2_000_000), 6);
        BigDecimal longitude = BigDecimal.valueOf(106_000_000 + random.nextInt(6_000_000), 6);
        PosPayoutLine report = new PosPayoutLine((int) Math.min(Integer.MAX_VALUE, position + 1), line.reference(),
                PosPayoutLine.Status.PAID, line.amount(), paidAt, header.postOfficeCode(),
                "JB-%04d".formatted(random.nextInt(10_000)), !"signature".equals(missing),
                "photo_id".equals(missing) ? null : "PH-" + line.reference(),
                "geotag".equals(missing) ? null : new PosPayoutLine.GeoTag(latitude, longitude), null);
        return new PosDraw(report, new Decision(position, line.reference(), null, line.amount(), Outcome.POS_PAID,
                null, null, null, paidAt, missing == null ? List.of() : List.of(missing)));
    }

    private OffsetDateTime at(LocalDate day, SplittableRandom random) {
        return OffsetDateTime.of(day, OPENING.plusSeconds(random.nextInt(WINDOW_SECONDS)), options.offset());
    }

    private SplittableRandom random(String reference) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < reference.length(); i++) {
            hash = (hash ^ reference.charAt(i)) * 0x100000001b3L;
        }
        return new SplittableRandom(hash ^ options.seed() * 0x9E3779B97F4A7C15L);
    }
}

package id.bansos.disbursement.export;

import id.bansos.bank.payment.PosPayoutInstruction;
import id.bansos.bank.payment.WrittenFile;
import id.bansos.bank.pos.manifest.PosManifestHeader;
import id.bansos.bank.pos.manifest.PosManifestWriter;
import id.bansos.disbursement.batch.BatchState;
import id.bansos.disbursement.batch.ExportPlan;
import id.bansos.disbursement.batch.readmodel.BatchLines;
import id.bansos.disbursement.kalender.HolidayCalendar;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Iterator;

/**
 * PT Pos payout manifests (danom): one per regency's post office, split further when a regency has more lines than
 * a manifest carries. Collection opens on the plan's execution date and lasts the configured number of days.
 */
public final class PosManifests implements ChannelFiles {

    private final PosSettings settings;
    private final HolidayCalendar calendar;

    public PosManifests(PosSettings settings, HolidayCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    @Override
    public BatchLines.Order order() {
        return BatchLines.Order.REGENCY;
    }

    @Override
    public String group(BatchLines.Line line) {
        return regency(line.regionCode());
    }

    @Override
    public int maxLinesPerFile() {
        return settings.maxLinesPerFile();
    }

    @Override
    public LocalDate requestedExecutionDate(ZonedDateTime now) {
        return calendar.requestedExecutionDate(null, settings.cutOff(), now);
    }

    @Override
    public String format() {
        return PosManifestWriter.FORMAT;
    }

    @Override
    public String fileName(BatchState batch, ExportPlan plan, FilePart part) {
        return header(batch, plan, part).fileName();
    }

    @Override
    public WrittenFile write(OutputStream out, BatchState batch, ExportPlan plan, FilePart part,
                             Iterator<BatchLines.Line> lines) throws IOException {
        String office = settings.postOffice(part.group());
        LocalDate start = plan.requestedExecutionDate();
        LocalDate end = start.plusDays(settings.collectionDays() - 1L);
        return new PosManifestWriter().write(out, header(batch, plan, part), FileParts.take(lines, part.lineCount(),
                line -> new PosPayoutInstruction(line.reference(), line.creditorName(), line.pengurusNik(),
                        line.address(), line.regionCode(), office, line.amount(), start, end, line.householdId(),
                        line.program(), YearMonth.parse(line.period()))));
    }

    @Override
    public void check(Path file, FilePart part) throws IOException {
        long rows;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            rows = lines.filter(l -> !l.startsWith("#")).count() - 1;
        }
        if (rows != part.lineCount()) {
            throw new IllegalStateException("the written manifest holds " + rows + " payout rows, not "
                    + part.lineCount());
        }
    }

    private PosManifestHeader header(BatchState batch, ExportPlan plan, FilePart part) {
        return new PosManifestHeader(ExportNames.messageId(batch, part), ExportNames.creationTime(plan),
                batch.batchId(), part.sequence(), settings.postOffice(part.group()), part.group(), batch.program(),
                batch.period(), part.lineCount(), part.controlSum(), settings.proof());
    }

    private static String regency(String regionCode) {
        String digits = regionCode.replace(".", "");
        return digits.length() >= 4 ? digits.substring(0, 4) : digits;
    }
}

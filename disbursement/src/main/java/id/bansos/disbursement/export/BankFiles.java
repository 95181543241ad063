package id.bansos.disbursement.export;

import id.bansos.bank.pain001.Pain001ValidationReport;
import id.bansos.bank.pain001.Pain001Validator;
import id.bansos.bank.pain001.ValidationProblem;
import id.bansos.bank.payment.BankCode;
import id.bansos.bank.payment.PaymentFileHeader;
import id.bansos.bank.payment.PaymentInstruction;
import id.bansos.bank.payment.WrittenFile;
import id.bansos.bank.pain001.Pain001Writer;
import id.bansos.bank.profile.BankProfile;
import id.bansos.disbursement.batch.BatchState;
import id.bansos.disbursement.batch.ExportPlan;
import id.bansos.disbursement.batch.readmodel.BatchLines;
import id.bansos.disbursement.kalender.HolidayCalendar;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.stream.Collectors;

/** pain.001.001.09 files for one bank, as its profile sets them out, checked against the schema before release. */
public final class BankFiles implements ChannelFiles {

    private final BankProfile bank;
    private final HolidayCalendar calendar;
    private final Pain001Validator validator;

    public BankFiles(BankProfile bank, HolidayCalendar calendar, Pain001Validator validator) {
        this.bank = bank;
        this.calendar = calendar;
        this.validator = validator;
    }

    @Override
    public BatchLines.Order order() {
        return BatchLines.Order.REFERENCE;
    }

    @Override
    public String group(BatchLines.Line line) {
        return "";
    }

    @Override
    public int maxLinesPerFile() {
        return bank.maxTransactionsPerFile();
    }

    @Override
    public LocalDate requestedExecutionDate(ZonedDateTime now) {
        return calendar.requestedExecutionDate(null, bank, now);
    }

    @Override
    public String format() {
        return "pain.001.001.09";
    }

    @Override
    public String fileName(BatchState batch, ExportPlan plan, FilePart part) {
        return bank.outboundFileName(header(batch, plan, part));
    }

    @Override
    public WrittenFile write(OutputStream out, BatchState batch, ExportPlan plan, FilePart part,
                             Iterator<BatchLines.Line> lines) throws IOException {
        return new Pain001Writer(bank).write(out, header(batch, plan, part),
                FileParts.take(lines, part.lineCount(), BankFiles::instruction));
    }

    @Override
    public void check(Path file, FilePart part) throws IOException {
        Pain001ValidationReport report = validator.validate(file);
        if (!report.valid()) {
            throw new IllegalStateException("the written pain.001 is not valid: " + report.problems().stream()
                    .map(ValidationProblem::toString).collect(Collectors.joining("; ")));
        }
        if (report.transactions() != part.lineCount()) {
            throw new IllegalStateException("the written pain.001 holds " + report.transactions()
                    + " transactions, not " + part.lineCount());
        }
    }

    private PaymentFileHeader header(BatchState batch, ExportPlan plan, FilePart part) {
        return new PaymentFileHeader(ExportNames.messageId(batch, part), ExportNames.creationTime(plan),
                batch.batchId(), part.sequence(), plan.requestedExecutionDate(), part.lineCount(), part.controlSum(),
                bank.debtor(batch.program()));
    }

    private static PaymentInstruction instruction(BatchLines.Line line) {
        YearMonth period = YearMonth.parse(line.period());
        return new PaymentInstruction(line.reference(), line.amount(), line.creditorName(), line.accountNumber(),
                BankCode.of(line.channel()), line.kksNumber(), PaymentInstruction.remittanceFor(line.program(), period),
                line.householdId(), line.program(), period);
    }
}

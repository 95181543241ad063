package id.bansos.bank.simulator;

import id.bansos.bank.camt.Camt053Writer;
import id.bansos.bank.camt.Camt054Writer;
import id.bansos.bank.claim.ClaimReportWriter;
import id.bansos.bank.mt940.Mt940Dialect;
import id.bansos.bank.mt940.Mt940Writer;
import id.bansos.bank.pain002.Pain002Writer;
import id.bansos.bank.payment.DigestingOutputStream;
import id.bansos.bank.profile.BankProfile;
import id.bansos.bank.statement.ClaimLine;
import id.bansos.bank.statement.ClaimReport;
import id.bansos.bank.statement.Rupiah;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;

/**
 * Plays one bank: takes a pain.001.001.09 file for the bank and writes what the bank sends back, in the formats its
 * {@linkplain BankProfile#inboundFormats() profile} lists: a pain.002.001.10 status report, a camt.053.001.08
 * statement and camt.054.001.08 notifications of the holding account per booking day, MT940 statements in the
 * profile's dialect, and always the bank claim/withdrawal report. Every payment's fate is drawn by
 * {@link SimulationOptions}; the decisions are the ground truth, handed to the caller.
 *
 * <p>Streaming: the input is read once to decide every payment and total the days (statements state their
 * balances before their entries), then once more per output file, each decision drawn again from the seed and the
 * reference. Only the totals of at most three booking days are kept, so a file of any size runs in a small heap.
 * File layouts and choices are in {@code docs/formats/bank-simulator.md}.
 */
public final class BankSimulator {

    private static final LocalTime STATUS_TIME = LocalTime.of(10, 0);
    private static final LocalTime STATEMENT_TIME = LocalTime.of(23, 30);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final BankProfile bank;
    private final SimulationOptions options;
    private final Decider decider;

    public BankSimulator(BankProfile bank, SimulationOptions options) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.options = Objects.requireNonNull(options, "options");
        this.decider = new Decider(options);
    }

    /** Simulates and returns the decisions as a list too (for files small enough to hold them). */
    public SimulationResult simulate(Path pain001, Path outputDirectory) throws IOException {
        List<Decision> truth = new ArrayList<>();
        SimulationResult result = simulate(pain001, outputDirectory, truth::add);
        return new SimulationResult(result.files(), result.counts(), truth);
    }

    /**
     * Simulates, handing each decision to {@code truth} in input order, and writes the bank's files into
     * {@code outputDirectory} (created if needed).
     *
     * @throws id.bansos.bank.xml.XmlReadException when the pain.001 is malformed or hostile
     * @throws IllegalArgumentException            when it is not for this bank or has several PmtInf
     */
    public SimulationResult simulate(Path pain001, Path outputDirectory, Consumer<Decision> truth)
            throws IOException {
        Files.createDirectories(outputDirectory);
        Survey survey = Survey.of(pain001, bank, decider, truth);
        String base = survey.header().messageId().replaceAll("[^A-Za-z0-9._-]", "_");
        List<SimulationResult.OutputFile> files = new ArrayList<>();
        if (accepts("pain.002")) {
            files.add(write(outputDirectory.resolve(base + "_pain002.xml"), "pain.002.001.10",
                    out -> statusReport(out, pain001, survey)));
        }
        long balance = options.openingBalance() != null ? options.openingBalance()
                : survey.header().controlSum() != null ? survey.header().controlSum() : 0;
        long number = options.firstStatementNumber();
        for (Map.Entry<LocalDate, Survey.Movement> day : survey.days().entrySet()) {
            Day d = new Day(day.getKey(), number++, balance, balance + day.getValue().net(),
                    survey.block().debtorAccount());
            String date = DAY.format(d.date());
            if (accepts("camt.053")) {
                files.add(write(outputDirectory.resolve(base + "_camt053_" + date + ".xml"), "camt.053.001.08",
                        out -> statement(out, pain001, d)));
            }
            if (accepts("camt.054")) {
                files.add(write(outputDirectory.resolve(base + "_camt054_" + date + ".xml"), "camt.054.001.08",
                        out -> notification(out, pain001, d)));
            }
            if (accepts("MT940") && bank.mt940Dialect() != null) {
                files.add(write(outputDirectory.resolve(base + "_mt940_" + date + ".txt"), "MT940",
                        out -> mt940(out, pain001, d)));
            }
            balance = d.closing();
        }
        files.add(write(outputDirectory.resolve(base + "_claims.csv"), ClaimReport.FORMAT, out -> {
            try (Pass<ClaimLine> claims = new Pass<>(pain001, decider, (tx, decision, sink) -> {
                if (decision.withdrawn()) {
                    sink.accept(new ClaimLine(0, tx.endToEndId(), tx.creditorAccount(), tx.amount(),
                            decision.withdrawnAt()));
                }
            })) {
                new ClaimReportWriter().write(out, claims);
            }
        }));
        return new SimulationResult(files, survey.counts(), List.of());
    }

    /** One booking day's statement: its number and balances. */
    private record Day(LocalDate date, long number, long opening, long closing, String account) {
    }

    private void statusReport(OutputStream out, Path pain001, Survey survey) throws IOException, XMLStreamException {
        long rejected = survey.counts().getOrDefault(Outcome.REJECTED, 0L);
        long all = survey.counts().values().stream().mapToLong(Long::longValue).sum();
        String status = rejected == 0 ? "ACSC" : rejected == all ? "RJCT" : "PART";
        LocalDate date = survey.block().requestedExecutionDate();
        Pass.Expander<Pain002Writer.TransactionStatus> expander = (tx, d, sink) ->
                sink.accept(new Pain002Writer.TransactionStatus(tx.instructionId(), tx.endToEndId(),
                        d.outcome() == Outcome.REJECTED ? "RJCT" : "ACSC",
                        d.outcome() == Outcome.REJECTED ? d.reason() : null, tx.amount(), date));
        String messageId = max35(bank.code() + "-002-" + DAY.format(date) + "-" + survey.block().id());
        long controlSum = survey.header().controlSum() == null ? 0 : survey.header().controlSum();
        try (Pass<Pain002Writer.TransactionStatus> statuses = new Pass<>(pain001, decider, expander)) {
            new Pain002Writer().write(out, new Pain002Writer.Report(messageId, at(date, STATUS_TIME), bank.bic(),
                    survey.header().messageId(), all, controlSum, status, survey.block().id(), status, statuses));
        }
    }

    private void statement(OutputStream out, Path pain001, Day d) throws IOException, XMLStreamException {
        try (Pass<Camt053Writer.Entry> entries = camtEntries(pain001, d.date())) {
            new Camt053Writer().write(out, messageId("053", d), at(d.date(), STATEMENT_TIME), List.of(
                    new Camt053Writer.Statement(statementId(d), d.number(), d.account(), Rupiah.CURRENCY, bank.bic(),
                            BigDecimal.valueOf(d.opening()), d.date(), BigDecimal.valueOf(d.closing()), d.date(),
                            entries)));
        }
    }

    private void notification(OutputStream out, Path pain001, Day d) throws IOException, XMLStreamException {
        try (Pass<Camt053Writer.Entry> entries = camtEntries(pain001, d.date())) {
            new Camt054Writer().write(out, messageId("054", d), at(d.date(), STATEMENT_TIME), List.of(
                    new Camt054Writer.Notification(statementId(d), d.number(), d.account(), Rupiah.CURRENCY,
                            bank.bic(), entries)));
        }
    }

    private void mt940(OutputStream out, Path pain001, Day d) throws IOException {
        Mt940Dialect dialect = Mt940Dialect.valueOf(bank.mt940Dialect());
        try (Pass<Mt940Writer.Entry> entries = new Pass<>(pain001, decider, (tx, decision, sink) ->
                Bookings.of(decision, tx.remittance(), b -> {
                    if (b.date().equals(d.date())) {
                        sink.accept(new Mt940Writer.Entry(b.date(), b.side(), b.amount(), b.reference(),
                                b.bankReference(), b.reasonCode(), b.remittance()));
                    }
                }))) {
            String id = dialect == Mt940Dialect.BRI ? DAY.format(d.date()) + "233000"
                    : DAY.format(d.date()) + "-" + d.number() % 10_000_000;
            new Mt940Writer(dialect).write(out, new Mt940Writer.Message(id, d.number(), d.account(),
                    Rupiah.CURRENCY, bank.bic(), d.opening(), d.date(), d.date(), entries));
        }
    }

    private Pass<Camt053Writer.Entry> camtEntries(Path pain001, LocalDate date) throws IOException {
        return new Pass<>(pain001, decider, (tx, decision, sink) -> Bookings.of(decision, tx.remittance(), b -> {
            if (b.date().equals(date)) {
                BigDecimal amount = BigDecimal.valueOf(b.amount());
                sink.accept(new Camt053Writer.Entry(null, amount, b.side(), false, b.date(), b.date(),
                        b.bankReference(), null, null, List.of(new Camt053Writer.Transaction(b.reference(), amount,
                        b.side(), b.reasonCode(), b.remittance()))));
            }
        }));
    }

    private String messageId(String message, Day d) {
        return bank.code() + "-" + message + "-" + DAY.format(d.date()) + "-" + d.number();
    }

    private String statementId(Day d) {
        return max35("STMT-" + DAY.format(d.date()) + "-" + d.account());
    }

    private static String max35(String id) {
        return id.length() > 35 ? id.substring(0, 35) : id;
    }

    private OffsetDateTime at(LocalDate date, LocalTime time) {
        return OffsetDateTime.of(date, time, options.offset());
    }

    private boolean accepts(String format) {
        return bank.inboundFormats().stream().anyMatch(f -> f.startsWith(format));
    }

    /** Writes one output file. */
    private interface Body {
        void write(OutputStream out) throws IOException, XMLStreamException;
    }

    private static SimulationResult.OutputFile write(Path file, String format, Body body) throws IOException {
        try (OutputStream target = Files.newOutputStream(file);
             DigestingOutputStream out = new DigestingOutputStream(target)) {
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            body.write(buffered);
            buffered.flush();
            var written = out.written(0, 0);
            return new SimulationResult.OutputFile(format, file, written.sha256(), written.bytes());
        } catch (XMLStreamException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}

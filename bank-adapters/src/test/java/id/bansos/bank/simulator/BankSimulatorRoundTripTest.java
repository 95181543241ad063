package id.bansos.bank.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.bansos.bank.statement.ClaimLine;
import id.bansos.bank.statement.ClaimReport;
import id.bansos.bank.claim.ClaimReportReader;
import id.bansos.bank.inspect.InboundFileReader;
import id.bansos.bank.payment.BankCode;
import id.bansos.bank.profile.BankProfile;
import id.bansos.bank.statement.Balance;
import id.bansos.bank.statement.CreditDebit;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.Rupiah;
import id.bansos.bank.statement.Statement;
import id.bansos.bank.statement.StatementLine;
import id.bansos.bank.statement.StatementReport;
import id.bansos.bank.statement.StatusLine;
import id.bansos.bank.statement.StatusReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BankSimulatorRoundTripTest {

    private static final int LINES = 400;
    private static final SimulationOptions.Rates RATES =
            new SimulationOptions.Rates(0.04, 0.04, 0.04, 0.04, 0.05, 0.05, 0.05, 0.10, 0, 0);
    private static final SimulationOptions OPTIONS = SimulationOptions.of(20261124L, RATES);
    private static final Path XSD = Path.of("../../shared/xsd");
    private static final InboundFileReader READER = new InboundFileReader(ReadOptions.bansos());

    @TempDir
    Path dir;

    /** What the holding account must show for one payment on one day. */
    private record Booked(LocalDate date, CreditDebit side, long amount, String reference, String reason) {
    }

    static Stream<BankProfile> profiles() {
        BankProfile btn = SimulatorFixtures.PROFILES.profile(BankCode.BTN);
        BankProfile headerless = new BankProfile(btn.code(), btn.name(), btn.bic(), btn.holdingAccounts(),
                btn.accountNumberLength(), btn.maxTransactionsPerFile(), btn.serviceLevel(), btn.batchBooking(),
                btn.inboundFormats(), "HEADERLESS", btn.outboundFileName(), btn.cutOff());
        return Stream.concat(Stream.of(BankCode.values()).map(SimulatorFixtures.PROFILES::profile),
                Stream.of(headerless));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void every_file_the_bank_sends_back_reads_back_as_exactly_what_the_simulator_decided(BankProfile bank)
            throws IOException {
        // given a pain.001 of 400 PKH lines for the bank
        Path pain001 = SimulatorFixtures.pain001(bank, LINES, dir.resolve("pain001.xml"));

        // when the bank is simulated with every outcome at a few percent
        SimulationResult result = new BankSimulator(bank, OPTIONS).simulate(pain001, dir.resolve("out"));

        // then every outcome happened, and every file the profile lists was written
        List<Decision> truth = result.truth();
        assertThat(truth).hasSize(LINES);
        assertThat(result.counts().keySet()).contains(Outcome.CREDITED, Outcome.DOUBLE_CREDITED, Outcome.RETURNED,
                Outcome.UNCLAIMED_SWEPT, Outcome.REJECTED);
        assertThat(truth).extracting(Decision::reason).contains("AC01", "AC04", "AC06", "MD07", "NOCL");
        LocalDate returned = SimulatorFixtures.EXECUTION.plusDays(OPTIONS.returnAfterDays());
        LocalDate swept = SimulatorFixtures.EXECUTION.plusDays(OPTIONS.sweepAfterDays());
        List<LocalDate> days = List.of(SimulatorFixtures.EXECUTION, returned, swept);
        boolean mt940 = bank.mt940Dialect() != null;
        boolean camt054 = bank.inboundFormats().contains("camt.054.001.08");
        assertThat(result.files("pain.002.001.10")).hasSize(1);
        assertThat(result.files("camt.053.001.08")).hasSize(3);
        assertThat(result.files("camt.054.001.08")).hasSize(camt054 ? 3 : 0);
        assertThat(result.files("MT940")).hasSize(mt940 ? 3 : 0);

        // and the status report names every payment, rejected ones with their code
        StatusReport status = (StatusReport) READER.read(result.files("pain.002.001.10").get(0).path());
        assertThat(status.problems()).isEmpty();
        assertThat(status.transactions()).extracting(t -> t.originalEndToEndId() + " " + t.status() + " "
                + t.reasons().stream().map(r -> r.code()).collect(Collectors.joining())).containsExactlyElementsOf(
                truth.stream().map(d -> d.reference() + " " + (d.outcome() == Outcome.REJECTED ? "RJCT " + d.reason()
                        : "ACSC ")).toList());
        assertThat(status.lines().get(0)).isInstanceOf(StatusLine.Group.class)
                .extracting(StatusLine::status).isEqualTo("PART");

        // and each day's statements balance, chain, and book exactly the decided movements
        long opening = truth.stream().mapToLong(Decision::amount).sum();
        for (int i = 0; i < days.size(); i++) {
            List<Booked> expected = expected(truth, days.get(i));
            long closing = opening + expected.stream().mapToLong(b -> b.side() == CreditDebit.CREDIT ? b.amount()
                    : -b.amount()).sum();
            List<Path> statements = new ArrayList<>(List.of(result.files("camt.053.001.08").get(i).path()));
            if (mt940) {
                statements.add(result.files("MT940").get(i).path());
            }
            for (Path file : statements) {
                StatementReport report = (StatementReport) READER.read(file);
                assertThat(report.problems()).as(file.toString()).isEmpty();
                Statement statement = report.statements().get(0);
                assertThat(statement.balanceCheck().reconciles()).isTrue();
                assertThat(statement.sequenceNumber()).isEqualTo(i + 1L);
                assertThat(statement.account()).isEqualTo(bank.debtor("PKH").accountNumber());
                assertThat(balance(statement, Balance.Kind.OPENING)).isEqualTo(opening);
                assertThat(balance(statement, Balance.Kind.CLOSING)).isEqualTo(closing);
                assertThat(booked(statement.lines())).as(file.toString()).containsExactlyElementsOf(expected);
            }
            if (camt054) {
                StatementReport notification = (StatementReport) READER.read(
                        result.files("camt.054.001.08").get(i).path());
                assertThat(notification.problems()).isEmpty();
                assertThat(booked(notification.lines())).containsExactlyElementsOf(expected);
            }
            opening = closing;
        }

        // and the claim report lists exactly the payments withdrawn
        ClaimReport claims = new ClaimReportReader(ReadOptions.bansos())
                .read(result.files(ClaimReport.FORMAT).get(0).path());
        assertThat(claims.problems()).isEmpty();
        assertThat(claims.lines()).extracting(c -> c.reference() + " " + c.account() + " " + c.amountRupiah() + " "
                + c.withdrawnAt()).containsExactlyElementsOf(truth.stream().filter(Decision::withdrawn)
                .map(d -> d.reference() + " " + d.account() + " " + d.amount() + " " + d.withdrawnAt()).toList());
        assertThat(claims.lines()).extracting(ClaimLine::withdrawnAt)
                .allMatch(t -> !t.toLocalDate().isBefore(SimulatorFixtures.EXECUTION)
                        && t.toLocalDate().isBefore(swept));

        // and the XML files are valid against the ISO schemas
        for (SimulationResult.OutputFile file : result.files()) {
            if (file.format().contains(".001.")) {
                assertValid(file.path(), file.format());
            }
        }
    }

    private static List<Booked> expected(List<Decision> truth, LocalDate day) {
        List<Booked> booked = new ArrayList<>();
        for (Decision d : truth) {
            if (day.equals(d.bookedOn())) {
                booked.add(new Booked(day, CreditDebit.DEBIT, d.amount(), d.reference(), null));
                if (d.outcome() == Outcome.DOUBLE_CREDITED) {
                    booked.add(new Booked(day, CreditDebit.DEBIT, d.amount(), d.reference(), null));
                }
            }
            if (day.equals(d.settledOn())) {
                booked.add(new Booked(day, CreditDebit.CREDIT, d.amount(), d.reference(), d.reason()));
            }
        }
        return booked;
    }

    private static List<Booked> booked(List<StatementLine> lines) {
        return lines.stream().map(l -> new Booked(l.bookingDate(), l.side(), Rupiah.toLong(l.amount().amount()),
                l.reference(), l.returnReason() == null ? null : l.returnReason().code())).toList();
    }

    private static long balance(Statement statement, Balance.Kind kind) {
        Map<Balance.Kind, Balance> byKind = statement.balances().stream()
                .collect(Collectors.toMap(Balance::kind, b -> b, (a, b) -> a));
        return Rupiah.toLong(byKind.get(kind).signedAmount());
    }

    private static void assertValid(Path file, String message) throws IOException {
        Path xsd = XSD.resolve(message + ".xsd");
        assumeTrue(Files.exists(xsd), "the shared XSD " + xsd + " is present");
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.newSchema(xsd.toFile()).newValidator().validate(new StreamSource(file.toFile()));
        } catch (org.xml.sax.SAXException e) {
            throw new AssertionError(file + " is not valid " + message + ": " + e.getMessage(), e);
        }
    }
}

package id.bansos.bank.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.bank.Samples;
import id.bansos.bank.statement.InboundDocument;
import id.bansos.bank.statement.NotAStatement;
import id.bansos.bank.statement.PosPayoutLine;
import id.bansos.bank.statement.PosPayoutReport;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.StatementLine;
import id.bansos.bank.statement.StatementReport;
import id.bansos.bank.statement.StatusReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboundFileReaderTest {

    private final InboundFileReader reader = new InboundFileReader(ReadOptions.bansos());

    @TempDir
    Path dir;

    private Path fixture(String resource) throws IOException {
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void each_file_comes_back_as_the_kind_of_document_it_is() throws IOException {
        // given a statement, a status report, a payout report and a payment initiation
        // when each is read
        InboundDocument statement = reader.read(fixture("/mt940/synthetic-bri.txt"));
        InboundDocument status = reader.read(Samples.file("iso20022/ballerina-iso20022-to-swiftmt/"
                + "cbpr_p.3.1.2_pain.002_A_to_Cdtr.xml"));
        InboundDocument payout = reader.read(fixture("/pos/synthetic-payout-report.csv"));
        InboundDocument initiation = reader.read(Samples.file("iso20022/moov-iso20022/gistfile1.xml"));

        // then
        assertThat(statement).isInstanceOfSatisfying(StatementReport.class,
                r -> assertThat(r.lines()).hasSize(4));
        assertThat(status).isInstanceOfSatisfying(StatusReport.class,
                r -> assertThat(r.transactions()).hasSize(1));
        assertThat(payout).isInstanceOfSatisfying(PosPayoutReport.class, r -> assertThat(r.lines()).hasSize(4));
        assertThat(initiation).isInstanceOfSatisfying(NotAStatement.class, r -> {
            assertThat(r.description()).isEqualTo("pain.001.001.03 — a payment initiation, not a statement");
            assertThat(r.messageId()).isEqualTo("ABC/090928/CCT001");
        });
        assertThat(List.of(statement, status, payout, initiation)).noneMatch(InboundDocument::refused);
    }

    @Test
    void streaming_hands_every_line_to_the_sinks_and_keeps_none() throws IOException {
        // given sinks for statement and payout lines
        List<StatementLine> statementLines = new ArrayList<>();
        List<PosPayoutLine> payoutLines = new ArrayList<>();

        // when a statement and a payout report are streamed
        InboundFileReader.Sinks sinks = new InboundFileReader.Sinks(statementLines::add, payoutLines::add,
                line -> { });
        StatementReport statement = (StatementReport) reader.stream(fixture("/mt940/synthetic-mandiri.txt"), sinks);
        PosPayoutReport payout = (PosPayoutReport) reader.stream(fixture("/pos/synthetic-payout-report.csv"), sinks);

        // then the sinks got the lines, the documents only their totals
        assertThat(statementLines).extracting(StatementLine::reference)
                .containsExactly("E2E-000101", "E2E-000102", "E2E-000102");
        assertThat(payoutLines).hasSize(4);
        assertThat(statement.lines()).isEmpty();
        assertThat(statement.statements().get(0).totals().entries()).isEqualTo(2);
        assertThat(payout.lines()).isEmpty();
        assertThat(payout.totals().paid()).isEqualTo(3);
    }
}

package id.bansos.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.bank.camt.Camt053Writer;
import id.bansos.bank.pos.PosPayoutReportReader;
import id.bansos.bank.profile.BankProfiles;
import id.bansos.bank.statement.CreditDebit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@LedgerIntegrationTest
class IntakeTest {

    private static final String BRI_PKH_HOLDING = "000000000000001";
    private static final Path CHF_SAMPLE =
            Path.of("../../shared/samples/iso20022/camt_parser/053-valid_example_v8.xml");

    @Autowired
    Intake intake;
    @Autowired
    Jdbi jdbi;
    @Autowired
    BankProfiles banks;
    @Value("${bansos.exchange.root}")
    Path root;

    @Test
    void a_balanced_idr_statement_of_the_banks_holding_account_is_stored_as_received_and_accepted() throws Exception {
        byte[] statement = camt053("STMT-ACC-1", BRI_PKH_HOLDING, 600_000);

        InboundFile file = intake.receive("BRI", "BRI_20261201.xml", new ByteArrayInputStream(statement), "API",
                "h2h-bri");

        assertThat(file.status()).isEqualTo("ACCEPTED");
        assertThat(file.reason()).isNull();
        assertThat(file.format()).isEqualTo("camt.053.001.08");
        assertThat(file.entryCount()).isEqualTo(1);
        assertThat(Files.readAllBytes(Path.of(file.storedPath()))).isEqualTo(statement);
        assertThat(Path.of(file.storedPath()).getFileName().toString()).isEqualTo(file.sha256());
    }

    @Test
    void the_same_file_again_is_recognised_logged_and_changes_nothing() throws Exception {
        byte[] statement = camt053("STMT-REP-1", BRI_PKH_HOLDING, 700_000);
        InboundFile first = intake.receive("BRI", "a.xml", new ByteArrayInputStream(statement), "FOLDER", "folder:BRI");

        InboundFile again = intake.receive("BRI", "a-resent.xml", new ByteArrayInputStream(statement), "API",
                "h2h-bri");

        assertThat(again.repeat()).isTrue();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(count("SELECT COUNT(*) FROM inbound_file WHERE sha256 = '" + first.sha256() + "'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM inbound_receipt WHERE sha256 = '" + first.sha256() + "'")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM inbound_receipt WHERE sha256 = '" + first.sha256() + "' AND repeat"))
                .isEqualTo(1);
    }

    @Test
    void a_statement_of_another_account_is_quarantined_with_the_reason_beside_it() throws Exception {
        InboundFile file = intake.receive("BRI", "other.xml",
                new ByteArrayInputStream(camt053("STMT-OTHER-1", "999999999999999", 600_000)), "API", "h2h-bri");

        assertThat(file.status()).isEqualTo("QUARANTINED");
        assertThat(file.reason()).isEqualTo("account 999999999999999 is not a bansos holding account at BRI");
        Path quarantined = root.resolve("quarantine").resolve("BRI").resolve(file.id() + "-other.xml");
        assertThat(quarantined).exists();
        assertThat(Files.readString(quarantined.resolveSibling(quarantined.getFileName() + ".reason.txt")))
                .contains("not a bansos holding account");
    }

    @Test
    void a_format_the_channel_does_not_send_is_quarantined() throws Exception {
        InboundFile file = intake.receive("POS", "statement.xml",
                new ByteArrayInputStream(camt053("STMT-POS-1", BRI_PKH_HOLDING, 600_000)), "API", "pos");

        assertThat(file.status()).isEqualTo("QUARANTINED");
        assertThat(file.reason()).isEqualTo("PT Pos sends payout reports; this is camt.053.001.08");
    }

    @Test
    void a_foreign_currency_statement_is_quarantined_naming_the_element_and_line() throws Exception {
        assumeTrue(Files.isRegularFile(CHF_SAMPLE), "the shared samples are beside the repository");
        InboundFile file;
        try (InputStream in = Files.newInputStream(CHF_SAMPLE)) {
            file = intake.receive("BRI", "053-valid_example_v8.xml", in, "CLI", "siti");
        }

        assertThat(file.status()).isEqualTo("QUARANTINED");
        assertThat(file.reason()).contains("Stmt[1]/Bal[1] (line 48)").contains("currency CHF");
    }

    @Test
    void an_entity_attack_is_quarantined_and_nothing_outside_the_file_is_read() throws Exception {
        String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE Document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr>
                <MsgId>&xxe;</MsgId></GrpHdr></BkToCstmrStmt></Document>
                """;

        InboundFile file = intake.receive("BRI", "xxe.xml",
                new ByteArrayInputStream(hostile.getBytes(StandardCharsets.UTF_8)), "API", "h2h-bri");

        assertThat(file.status()).isEqualTo("QUARANTINED");
        assertThat(file.reason()).containsIgnoringCase("DTD");
        assertThat(file.reason()).doesNotContain("root:");
    }

    @Test
    void a_statement_number_received_before_is_refused_and_a_gap_in_the_numbering_is_noted() throws Exception {
        String account = "000000000000003";
        InboundFile first = intake.receive("BRI", "s1.xml",
                new ByteArrayInputStream(camt053("STMT-SEQ-1", account, 100_000, 1)), "API", "h2h-bri");
        InboundFile again = intake.receive("BRI", "s1-again.xml",
                new ByteArrayInputStream(camt053("STMT-SEQ-1B", account, 200_000, 1)), "API", "h2h-bri");
        InboundFile jump = intake.receive("BRI", "s4.xml",
                new ByteArrayInputStream(camt053("STMT-SEQ-4", account, 300_000, 4)), "API", "h2h-bri");

        assertThat(first.status()).isEqualTo("ACCEPTED");
        assertThat(again.status()).isEqualTo("QUARANTINED");
        assertThat(again.reason()).contains("statement 1 of account " + account);
        assertThat(jump.status()).isEqualTo("ACCEPTED");
        assertThat(jump.note()).contains("account " + account).contains("2");
    }

    @Test
    void a_file_whose_reasons_are_too_long_for_their_column_or_hold_a_nul_is_quarantined_with_them_cut_to_fit()
            throws Exception {
        StringBuilder report = new StringBuilder(String.join(",", PosPayoutReportReader.COLUMNS)).append("\n");
        for (int line = 1; line <= 12; line++) {
            report.append("\0").append("X".repeat(900)).append(line).append(",PAID,600000,,,,,,,\n");
        }

        InboundFile file = intake.receive("POS", "long.csv",
                new ByteArrayInputStream(report.toString().getBytes(StandardCharsets.UTF_8)), "API", "pos");

        assertThat(file.status()).isEqualTo("QUARANTINED");
        assertThat(file.reason()).hasSizeLessThanOrEqualTo(4000).doesNotContain("\0").contains("\uFFFD")
                .contains("line 2: reference: '\uFFFDXXX").contains("X\u2026; line 2: paid_at").contains("more errors");
    }

    @Test
    void a_file_over_the_limit_is_refused_and_leaves_nothing_behind() throws Exception {
        Intake small = new Intake(jdbi, root, banks, 100);
        long before = count("SELECT COUNT(*) FROM inbound_file");

        assertThatThrownBy(() -> small.receive("BRI", "big.xml",
                new ByteArrayInputStream(camt053("STMT-BIG-1", BRI_PKH_HOLDING, 600_000)), "API", "h2h-bri"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("larger than the 100 bytes");

        assertThat(count("SELECT COUNT(*) FROM inbound_file")).isEqualTo(before);
        assertThat(root.resolve("received").resolve(".staging")).isEmptyDirectory();
    }

    @Test
    void the_inbox_folders_take_settled_files_and_leave_those_still_being_written() throws Exception {
        InboxFolders inbox = new InboxFolders(root, intake, Duration.ofSeconds(10),
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1)));
        Path folder = root.resolve("inbox").resolve("BNI");
        Files.createDirectories(folder);
        Files.write(folder.resolve("BNI_STMT_1.xml"), camt053("STMT-BNI-1", "0000000001", 600_000));
        Files.write(folder.resolve("BNI_STMT_2.xml.part"), new byte[] {'<'});

        List<InboundFile> received = inbox.sweep();

        assertThat(received).extracting(InboundFile::fileName).containsExactly("BNI_STMT_1.xml");
        assertThat(received.get(0).status()).isEqualTo("ACCEPTED");
        assertThat(received.get(0).receivedVia()).isEqualTo("FOLDER");
        assertThat(folder.resolve("BNI_STMT_1.xml")).doesNotExist();
        assertThat(folder.resolve("BNI_STMT_2.xml.part")).exists();
        assertThat(inbox.sweep()).isEmpty();
    }

    private long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static byte[] camt053(String id, String account, long debit) throws Exception {
        return camt053(id, account, debit, Math.abs(id.hashCode() % 100_000) + 10);
    }

    private static byte[] camt053(String id, String account, long debit, long sequence) throws Exception {
        LocalDate day = LocalDate.of(2026, 12, 1);
        BigDecimal opening = BigDecimal.valueOf(10_000_000);
        Camt053Writer.Statement statement = new Camt053Writer.Statement(id, sequence, account, "IDR", "BRINIDJA",
                opening, day, opening.subtract(BigDecimal.valueOf(debit)), day,
                List.of(Camt053Writer.Entry.of("P6A1101FA9O6G84T",
                        BigDecimal.valueOf(debit), CreditDebit.DEBIT, day, "BR" + id, null)).iterator());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Camt053Writer().write(out, "MSG-" + id, OffsetDateTime.of(2026, 12, 1, 18, 0, 0, 0, ZoneOffset.ofHours(7)),
                List.of(statement));
        return out.toByteArray();
    }

}

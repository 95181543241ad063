package id.bansos.bank.camt;

import static id.bansos.bank.camt.CamtFixtures.entry;
import static id.bansos.bank.camt.CamtFixtures.read;
import static id.bansos.bank.camt.CamtFixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.bansos.bank.statement.BalanceCheck;
import id.bansos.bank.statement.Problem;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.Severity;
import id.bansos.bank.statement.StatementReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CamtHostileInputTest {

    private static List<Problem> errors(StatementReport report) {
        return report.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    /** A balanced statement of one Rp300,000 entry, with every {@code from} in the entry replaced by {@code to}. */
    private static String withEntryEdited(String from, String to) {
        return statement("IDR", "1000000", "700000", entry("IDR", "300000", "DBIT", "E2E-1").replace(from, to));
    }

    private static void assertLenientReadRefuses(String xml, String field, String message) {
        assertThat(errors(read(xml, ReadOptions.lenient()))).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.message()).isEqualTo(message);
        });
    }

    @Test
    void a_statement_carrying_an_external_entity_is_refused_at_its_dtd() {
        // given a camt.053 with an XXE DOCTYPE
        String xxe = statement("IDR", "1000000", "1000000").replaceFirst("\\?>",
                "?>\n<!DOCTYPE Document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");

        // when it is read
        StatementReport report = read(xxe, ReadOptions.bansos());

        // then it is refused on line 2 because of the DTD, and nothing is read
        assertThat(report.refused()).isTrue();
        assertThat(report.statements()).isEmpty();
        assertThat(errors(report)).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 2");
            assertThat(p.message()).contains("document type declaration (DTD) is not allowed");
        });
    }

    @Test
    void a_billion_laughs_statement_is_refused_without_expansion() {
        // given nested entities referenced from an entry's remittance
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE Document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
                <GrpHdr><MsgId>&d;</MsgId></GrpHdr></BkToCstmrStmt></Document>
                """;

        // when it is read, then the DTD refuses it
        StatementReport report = read(laughs, ReadOptions.lenient());
        assertThat(report.refused()).isTrue();
        assertThat(errors(report)).singleElement().extracting(Problem::message).asString().contains("DTD");
    }

    @Test
    void a_truncated_statement_is_refused_naming_the_open_entry() {
        // given a statement cut off in the middle of its second entry
        String whole = statement("IDR", "1000000", "400000", entry("IDR", "300000", "DBIT", "E2E-1"),
                entry("IDR", "300000", "DBIT", "E2E-2"));
        String truncated = whole.substring(0, whole.lastIndexOf("<BookgDt>"));

        // when it is read
        StatementReport report = read(truncated, ReadOptions.bansos());

        // then it is refused: the entry element and the line where the file ends are named
        assertThat(errors(report)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("Ntry");
            assertThat(p.location()).matches("line \\d+, in /Document/BkToCstmrStmt/Stmt/Ntry");
            assertThat(p.message()).isEqualTo("the file ends before <Ntry> is closed: it is truncated");
        });
    }

    @Test
    void a_document_in_a_namespace_that_is_not_camt_is_refused() {
        // given a statement whose namespace has a typo
        String wrong = statement("IDR", "0", "0").replace(CamtFixtures.NAMESPACE, CamtFixtures.NAMESPACE + "x");

        // when it is read, then the namespace is named
        StatementReport report = read(wrong, ReadOptions.bansos());
        assertThat(errors(report)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("xmlns");
            assertThat(p.message()).contains("camt.053.001.08x").contains("not an ISO 20022 camt.053 or camt.054");
        });
    }

    @Test
    void a_pain002_given_to_the_statement_reader_is_refused_by_name() {
        // given a camt body under a pain.002 namespace
        String pain = statement("IDR", "0", "0").replace(CamtFixtures.NAMESPACE,
                "urn:iso:std:iso:20022:tech:xsd:pain.002.001.10");

        // when it is read, then the message found is named
        assertThat(errors(read(pain, ReadOptions.bansos()))).extracting(Problem::message)
                .containsExactly("expected camt.053 or camt.054, found pain.002.001.10");
    }

    @Test
    void a_foreign_currency_is_refused_in_strict_bansos_mode_and_only_warned_about_otherwise() {
        // given a balanced statement in EUR
        String euro = statement("EUR", "1000.00", "700.00", entry("EUR", "300.00", "DBIT", "E2E-1"));

        // when it is read strictly and leniently
        StatementReport strict = read(euro, ReadOptions.bansos());
        StatementReport lenient = read(euro, ReadOptions.lenient());

        // then strict mode refuses it naming the first EUR balance; lenient mode warns and reconciles
        assertThat(strict.refused()).isTrue();
        assertThat(errors(strict)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("OPBD");
            assertThat(p.location()).startsWith("Stmt[1]/Bal[1] (line ");
            assertThat(p.message()).isEqualTo("currency EUR: bansos accounts are held in IDR");
        });
        assertThat(lenient.refused()).isFalse();
        assertThat(lenient.problems()).extracting(Problem::severity).containsExactly(Severity.WARNING);
        assertThat(lenient.statements().get(0).balanceCheck().reconciles()).isTrue();
    }

    @Test
    void an_idr_amount_with_a_fractional_part_is_refused_in_any_mode() {
        // given an entry of Rp300,000.50 (and balances that add up)
        String sen = statement("IDR", "1000000", "699999.50", entry("IDR", "300000.50", "DBIT", "E2E-1"));

        // when it is read leniently
        StatementReport report = read(sen, ReadOptions.lenient());

        // then the entry's amount and the closing balance are refused, each named
        assertThat(report.refused()).isTrue();
        assertThat(errors(report)).extracting(Problem::field, Problem::message).contains(
                tuple("CLBD", "IDR amount 699999.50 has a fractional part: rupiah"
                        + " amounts are whole"),
                tuple("Amt", "IDR amount 300000.50 has a fractional part: rupiah"
                        + " amounts are whole"));
        assertThat(errors(report)).anySatisfy(p -> assertThat(p.location()).startsWith("Stmt[1]/Ntry[1] (line "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-300000", "+300000", "3E5", "300,000", "300000.", ".5", "300000.123456",
            "1234567890123456789", "300 000", "３00000"})
    void an_amount_that_is_not_a_plain_decimal_is_refused_naming_the_entry(String amount) {
        // given an entry whose amount is written with a sign, an exponent, grouping or too many digits
        String odd = statement("IDR", "1000000", "700000", entry("IDR", amount, "DBIT", "E2E-1"));

        // when it is read leniently
        StatementReport report = read(odd, ReadOptions.lenient());

        // then the entry's amount is refused as written
        assertThat(report.refused()).isTrue();
        assertThat(errors(report)).anySatisfy(p -> {
            assertThat(p.location()).startsWith("Stmt[1]/Ntry[1] (line ");
            assertThat(p.field()).isEqualTo("Ntry/Amt");
            assertThat(p.message()).isEqualTo("amount '" + amount + "' is not a decimal number of at most 18 digits"
                    + " (5 after the point) without sign");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"idr", "ID", "IDRR", "I1R"})
    void a_currency_that_is_not_three_capitals_is_refused(String currency) {
        // given an entry whose amount carries a malformed currency code
        String odd = withEntryEdited("Ccy=\"IDR\"", "Ccy=\"" + currency + "\"");

        // when it is read leniently, then the amount is refused for its currency
        assertLenientReadRefuses(odd, "Ntry/Amt", "currency '" + currency + "' is not a three-letter ISO 4217 code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "2026/11/23", "26-11-2023", "2026-1-023"})
    void a_booking_date_that_is_not_a_calendar_date_is_refused(String date) {
        // given an entry booked on a day that does not exist or is not written yyyy-MM-dd
        String odd = withEntryEdited("<BookgDt><Dt>2026-11-23</Dt>", "<BookgDt><Dt>" + date + "</Dt>");

        // when it is read leniently, then the booking date is refused as written
        assertLenientReadRefuses(odd, "BookgDt", "'" + date + "' is not a date");
    }

    @Test
    void a_reference_longer_than_iso_allows_is_refused_naming_the_element() {
        // given a transaction whose EndToEndId (and so the bank's AcctSvcrRef, BRI-…) is 40 characters long
        String reference = "E2E-" + "9".repeat(36);
        String odd = withEntryEdited("E2E-1", reference);

        // when it is read leniently
        StatementReport report = read(odd, ReadOptions.lenient());

        // then the file is refused, naming the entry's and the transaction's identifiers and the limit
        String problem = "'E2E-9999999999999999…' is 40 characters long; ISO 20022 allows at most 35 (Max35Text)";
        assertThat(report.refused()).isTrue();
        assertThat(errors(report)).anySatisfy(p -> {
            assertThat(p.location()).startsWith("Stmt[1]/Ntry[1]/TxDtls[1] (line ");
            assertThat(p.field()).isEqualTo("Refs/EndToEndId");
            assertThat(p.message()).isEqualTo(problem);
        });
        assertThat(errors(report)).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("Ntry/AcctSvcrRef");
            assertThat(p.message()).isEqualTo("'BRI-E2E-999999999999…' is 44 characters long; ISO 20022 allows at"
                    + " most 35 (Max35Text)");
        });
    }

    @Test
    void a_booking_date_time_is_read_as_its_day() {
        // given an entry booked with a date and time
        String timed = withEntryEdited("<BookgDt><Dt>2026-11-23</Dt>",
                "<BookgDt><DtTm>2026-11-24T08:15:00+07:00</DtTm>");

        // when it is read strictly
        StatementReport report = read(timed, ReadOptions.bansos());

        // then its line is booked on that day
        assertThat(report.problems()).isEmpty();
        assertThat(report.statements().get(0).lines()).singleElement()
                .satisfies(l -> assertThat(l.bookingDate()).isEqualTo(LocalDate.of(2026, 11, 24)));
    }

    @Test
    void a_statement_whose_balances_do_not_add_up_is_refused_for_a_bansos_account_and_flagged_when_read_leniently() {
        // given opening 1,000,000, two debits of 300,000 and a closing balance of 500,000 (should be 400,000)
        String unbalanced = statement("IDR", "1000000", "500000", entry("IDR", "300000", "DBIT", "E2E-1"),
                entry("IDR", "300000", "DBIT", "E2E-2"));

        // when it is read as a bansos account's file, and leniently
        StatementReport report = read(unbalanced, ReadOptions.bansos());
        StatementReport lenient = read(unbalanced, ReadOptions.lenient());

        // then it is refused at the closing balance with the arithmetic spelled out; leniently, the same is a warning
        assertThat(report.statements().get(0).balanceCheck().status()).isEqualTo(BalanceCheck.Status.MISMATCH);
        assertThat(lenient.refused()).isFalse();
        assertThat(lenient.problems()).extracting(Problem::field).containsExactly("CLBD");
        assertThat(errors(report)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("CLBD");
            assertThat(p.location()).startsWith("Stmt[1]/Bal[2] (line ");
            assertThat(p.message()).isEqualTo("the statement does not add up: opening OPBD 1000000 + credits 0"
                    + " − debits 600000 = 400000, but the closing balance CLBD is 500000 IDR");
        });
    }

    @Test
    void a_batch_whose_transactions_do_not_add_up_to_the_entry_is_refused_in_strict_mode() {
        // given a batch entry of 600,000 whose two transactions add up to 500,000
        String batch = statement("IDR", "1000000", "400000", """
                <Ntry><Amt Ccy="IDR">600000</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                  <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>DMCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                  <NtryDtls><Btch><PmtInfId>PMTINF-7</PmtInfId><NbOfTxs>2</NbOfTxs></Btch>
                    <TxDtls><Refs><EndToEndId>E2E-1</EndToEndId></Refs><Amt Ccy="IDR">300000</Amt></TxDtls>
                    <TxDtls><Refs><EndToEndId>E2E-2</EndToEndId></Refs><Amt Ccy="IDR">200000</Amt></TxDtls>
                  </NtryDtls></Ntry>
                """);

        // when it is read strictly
        StatementReport report = read(batch, ReadOptions.bansos());

        // then the entry is named with both sums
        assertThat(errors(report)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("TxDtls/Amt");
            assertThat(p.message()).isEqualTo("the 2 transaction details add up to -500000, the entry is -600000 IDR");
        });
    }

    @Test
    void a_statement_without_an_account_is_refused() {
        // given a statement whose Acct element is missing
        String noAccount = statement("IDR", "0", "0").replaceAll("<Acct>.*</Acct>", "");

        // when it is read, then the missing account is the reason
        assertThat(errors(read(noAccount, ReadOptions.bansos()))).extracting(Problem::field)
                .containsExactly("Acct/Id");
    }
}

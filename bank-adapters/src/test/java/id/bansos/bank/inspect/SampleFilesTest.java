package id.bansos.bank.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.bank.Samples;
import id.bansos.bank.statement.BalanceCheck;
import id.bansos.bank.statement.Problem;
import id.bansos.bank.statement.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shared sample file is recognised and read to the end. Four of them state figures their own entries do not
 * reach, checked by hand; read leniently they are flagged as warnings (and refused when read strictly), and no sample
 * has an error:
 * <ul>
 *   <li>camt_parser {@code 053-valid_example_with_batch.xml}: a shortened extract; its TxsSummry states 35 entries
 *       (9 credits of 28,422.40, 26 debits of 12,714.00), the file holds 3, and 7,329.80 + 7,688.00 − 4,753.74 =
 *       10,264.06, not the closing 23,038.20;</li>
 *   <li>moov {@code FI_camt_054_sample.xml}: TtlNetNtryAmt 169.95 CRDT, but credits 5,600.00 − debits 5,230.05 =
 *       369.95 (169.95 would need the credit reversal counted as a debit, against ISO's RvslInd rule);</li>
 *   <li>jejik {@code abnamro.txt}: 3,236.28 − 321.44 = 2,914.84, not 876.84; 2,876.84 − 24.49 = 2,852.35, not
 *       1,849.75;</li>
 *   <li>jejik {@code deutschebank.txt}: 0,00 − 12,35 = −12,35, not 0,00.</li>
 * </ul>
 */
class SampleFilesTest {

    private static final Map<String, List<String>> KNOWN_INCONSISTENCIES = Map.of(
            "053-valid_example_with_batch.xml", List.of("CLBD", "TxsSummry/TtlNtries/NbOfNtries",
                    "TxsSummry/TtlNtries/Sum", "TxsSummry/TtlCdtNtries/NbOfNtries", "TxsSummry/TtlCdtNtries/Sum",
                    "TxsSummry/TtlDbtNtries/NbOfNtries", "TxsSummry/TtlDbtNtries/Sum"),
            "FI_camt_054_sample.xml", List.of("TxsSummry/TtlNtries/TtlNetNtry"),
            "abnamro.txt", List.of("62F", "62M"),
            "deutschebank.txt", List.of("62F"));

    private final StatementInspector inspector = new StatementInspector();

    static Stream<Path> samples() {
        return Samples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_sample_is_recognised_read_to_the_end_and_reconciles_where_it_states_balances(Path sample)
            throws IOException {
        // given a shared sample file
        String name = sample.getFileName().toString();

        List<String> inconsistent = KNOWN_INCONSISTENCIES.getOrDefault(name, List.of());

        // when it is inspected leniently (the samples are foreign), and strictly as a bansos account's file
        InspectionReport report = inspector.inspect(sample, false);
        InspectionReport strict = inspector.inspect(sample, true);

        // then its format is known and it is read without error; the inconsistencies listed above are flagged as
        // warnings, and they refuse the file when it is read as a bansos account's
        assertThat(report.family()).isNotEqualTo(InboundFormat.Family.UNKNOWN);
        assertThat(report.problems()).filteredOn(p -> p.severity() == Severity.ERROR).isEmpty();
        assertThat(report.problems()).filteredOn(p -> p.severity() == Severity.WARNING).extracting(Problem::field)
                .containsAll(inconsistent);
        assertThat(strict.problems()).filteredOn(p -> p.severity() == Severity.ERROR).extracting(Problem::field)
                .containsAll(inconsistent);
        assertThat(report.statements()).allSatisfy(s -> assertThat(s.balances())
                .isIn(KNOWN_INCONSISTENCIES.containsKey(name) ? Arrays.asList(BalanceCheck.Status.values())
                        : List.of(BalanceCheck.Status.RECONCILED, BalanceCheck.Status.NOT_STATED,
                        BalanceCheck.Status.NOT_CHECKABLE)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "iso20022/ballerina-iso20022-to-swiftmt/cbpr_c.105.1.1_camt.053-BtoA.xml | camt.053.001.08 | 2 | 2 | 2460"
                    + " | 0 | GBP",
            "iso20022/ballerina-iso20022-to-swiftmt/cbpr_p.3.1.2_pain.002_A_to_Cdtr.xml | pain.002.001.10 | 1 | 1 | -"
                    + " | - | -",
            "iso20022/camt_parser/053-valid_example_v4.xml | camt.053.001.04 | 13 | 32 | 1272.95 | 1810.56 | CHF",
            "iso20022/camt_parser/053-valid_example_v8.xml | camt.053.001.08 | 3 | 3 | 0 | 563.25 | CHF",
            "iso20022/camt_parser/053-valid_example_with_batch.xml | camt.053.001.02 | 3 | 3 | 4753.74 | 7688.00 | EUR",
            "iso20022/camt_parser/054-valid_example.xml | camt.054.001.04 | 4 | 5 | 21.53 | 80.56 | CHF",
            "iso20022/genkgo-camt/camt053.v2.multi.statement.xml | camt.053.001.02 | 2 | 2 | 7.00 | 8.85 | EUR",
            "iso20022/genkgo-camt/camt053.v8.xml | camt.053.001.08 | 1 | 1 | 0 | 8.85 | EUR",
            "iso20022/genkgo-camt/camt054.v8.xml | camt.054.001.08 | 1 | 3 | 200000 | 0 | SEK",
            "iso20022/moov-iso20022/FI_camt_053_sample.xml | camt.053.001.02 | 10 | 13 | 9430.17 | 23075.00 | EUR",
            "iso20022/moov-iso20022/FI_camt_054_sample.xml | camt.054.001.02 | 6 | 13 | 5230.05 | 5500.00 | EUR",
            "iso20022/moov-iso20022/camt054-returns_p_ch5109000000250092291_1110097606_0_2020112500512470.xml"
                    + " | camt.054.001.04 | 1 | 1 | 0 | 500.00 | CHF",
            "iso20022/moov-iso20022/pain002-epo_p_0_0_0_2018032614401842.xml | pain.002.001.03.ch.02 | 0 | 0 | -"
                    + " | - | -",
            "iso20022/prowide-iso20022/camt.053.001.07.xml | camt.053.001.07 | 0 | 0 | 0 | 0 | USD",
            "iso20022/pyiso20022/gs_pain001_001_08.xml | pain.001.001.08 | 0 | 0 | - | - | -",
            "iso20022/moov-iso20022/International_payment_USD_naujas_1.xml | pain.001.001.03 | 0 | 0 | - | - | -",
            "mt940/jejik-mt940/abnamro.txt | MT940 (headerless) | 10 | 10 | 345.93 | 0 | EUR",
            "mt940/jejik-mt940/deutschebank.txt | MT940 (headerless) | 1 | 1 | 12.35 | 0 | EUR",
            "mt940/jejik-mt940/sparkasse_interim_balance.txt | MT940 (headerless) | 2 | 2 | 40.00 | 0 | EUR",
            "mt940/wolph-mt940/ASNB_mt940.txt | MT940 | 8 | 8 | 2771.96 | 2828.90 | EUR",
            "mt940/wolph-mt940/betterplace_sepa_mt9401.sta | MT940 (headerless) | 97 | 97 | 14457610.84 | 5188474.94"
                    + " | EUR",
            "mt940/wolph-mt940/citi_mt940.txt | MT940 (headerless) | 5 | 5 | 1142.75 | 0 | USD",
            "mt940/wolph-mt940/cmxl_mt940.sta | MT940 (headerless) | 16 | 16 | - | - | -",
            "mt940/wolph-mt940/mBank_mt942.sta | MT942 (headerless) | 3 | 3 | 0 | 0.03 | PLN"})
    void a_sample_gives_the_counts_and_totals_its_file_holds(String sample, String format, long entries, long lines,
                                                              String debits, String credits, String currency)
            throws IOException {
        // given a sample whose figures were added up by hand
        // (camt v8: its EUR entry of 20.97 sits on a CHF statement and is counted apart; cmxl mixes DEM, EUR, PLN)
        // when it is inspected
        InspectionReport report = inspector.inspect(Samples.file(sample), false);

        // then
        assertThat(report.format()).isEqualTo(format);
        assertThat(report.entryCount()).isEqualTo(entries);
        assertThat(report.lineCount()).isEqualTo(lines);
        assertThat(report.currency()).isEqualTo(currency);
        if (debits == null) {
            assertThat(report.totalDebits()).isNull();
            assertThat(report.totalCredits()).isNull();
        } else {
            assertThat(report.totalDebits()).isEqualByComparingTo(debits);
            assertThat(report.totalCredits()).isEqualByComparingTo(credits);
        }
    }
}

package id.bansos.bank.pain001;

import static id.bansos.bank.pain001.Pain001Fixtures.header;
import static id.bansos.bank.pain001.Pain001Fixtures.sum;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class Pain001ValidatorTest {

    private static String validFile() {
        return new String(Pain001Fixtures.write(header(3, sum(3)),
                LongStream.rangeClosed(1, 3).mapToObj(Pain001Fixtures::line).toList()), StandardCharsets.UTF_8);
    }

    private static Pain001ValidationReport validate(String xml) throws Exception {
        return Pain001Validator.bundled().validate(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_bundled_schema_is_the_unmodified_copy_named_in_its_readme() throws Exception {
        // given the bundled schema
        try (InputStream in = Pain001Validator.class.getResourceAsStream(Pain001Validator.BUNDLED_XSD)) {
            // when its bytes are hashed, then they are the documented copy
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())))
                    .isEqualTo("de038b373e47b0077b1832ddd81f4b2f1eb25d35721f62da1e38b7f5a09fda24");
        }
    }

    @Test
    void a_schema_violation_is_reported_with_its_line_and_column() throws Exception {
        // given a valid file whose second transaction's EndToEndId is made longer than 35 characters
        String xml = validFile().replaceFirst("<EndToEndId>S6A1000000000002", "<EndToEndId>" + "X".repeat(40));

        // when it is validated
        Pain001ValidationReport report = validate(xml);

        // then the problem names the line of the second transaction and the facet broken
        assertThat(report.valid()).isFalse();
        ValidationProblem problem = report.problems().get(0);
        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.column()).isPositive();
        assertThat(problem.message()).contains("Max35Text");
    }

    @Test
    void announced_totals_that_disagree_with_the_transactions_are_reported() throws Exception {
        // given a file whose GrpHdr announces 4 transactions but holds 3
        String xml = validFile().replaceFirst("<NbOfTxs>3</NbOfTxs>", "<NbOfTxs>4</NbOfTxs>");

        // when it is validated
        Pain001ValidationReport report = validate(xml);

        // then the schema is satisfied but the totals are reported
        assertThat(report.problems()).extracting(ValidationProblem::message)
                .containsExactly("GrpHdr/NbOfTxs is 4 but 3 CdtTrfTxInf follow");
    }

    @Test
    void a_doctype_is_refused_so_no_entity_or_external_resource_is_ever_read() throws Exception {
        // given a file that declares an external entity
        String xml = validFile().replaceFirst("<Document", "<!DOCTYPE Document [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]>\n<Document").replace("SITI AMINAH 1", "&x;");

        // when it is validated
        Pain001ValidationReport report = validate(xml);

        // then it is refused at the DOCTYPE, and nothing was resolved
        assertThat(report.problems()).hasSize(1);
        assertThat(report.problems().get(0).message()).contains("DOCTYPE");
        assertThat(report.transactions()).isZero();
    }

    @Test
    void a_file_that_is_not_well_formed_is_one_problem_where_it_breaks() throws Exception {
        // given a file cut in the middle
        String xml = validFile();
        String cut = xml.substring(0, xml.indexOf("</CdtTrfTxInf>"));

        // when it is validated
        Pain001ValidationReport report = validate(cut);

        // then it is invalid with a located problem
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void the_report_lists_at_most_a_hundred_problems_and_says_when_it_left_some_out() throws Exception {
        // given a file with 150 transactions each breaking the schema
        String tx = "<CdtTrfTxInf><PmtId><EndToEndId>" + "X".repeat(40) + "</EndToEndId></PmtId><Amt><InstdAmt"
                + " Ccy=\"IDR\">1</InstdAmt></Amt></CdtTrfTxInf>\n";
        String xml = validFile();
        int at = xml.indexOf("<CdtTrfTxInf>");
        String bad = xml.substring(0, at) + tx.repeat(150) + xml.substring(at);

        // when it is validated
        Pain001ValidationReport report = validate(bad);

        // then a hundred are listed and the report says it is truncated
        assertThat(report.problems()).hasSize(Pain001Validator.MAX_PROBLEMS);
        assertThat(report.truncated()).isTrue();
        assertThat(List.of(report.transactions())).containsExactly(153L);
    }
}

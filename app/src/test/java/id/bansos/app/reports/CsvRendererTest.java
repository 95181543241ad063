package id.bansos.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.reports.render.CsvRenderer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** CSV as RFC 4180 writes it: quoted where needed, CRLF line ends, UTF-8, rupiah as plain whole numbers. */
class CsvRendererTest {

    @Test
    void a_field_with_a_comma_a_quote_or_a_line_end_is_quoted_and_amounts_are_plain_whole_rupiah() throws Exception {
        ReportTable table = ReportTable.totalled("returns", new ReportFilter(null, null, null, null, null),
                List.of(Column.text("channel"), Column.amount("returned"), Column.date("lastDeposit"),
                        Column.text("ntpn")),
                List.of(List.of("BRI", 1_500_000L, LocalDate.of(2026, 11, 20), "0A1B, \"kedua\""),
                        List.of("POS", 600_000L, LocalDate.of(2026, 11, 21), "baris\r\nbaru — Sulawesi")),
                List.of());
        ReportDocument doc = new ReportDocument(table, (key, args) -> key.substring(key.lastIndexOf('.') + 1),
                Locale.ROOT, Instant.parse("2026-12-01T03:00:00Z"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new CsvRenderer().render(doc, out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("channel,returned,lastDeposit,ntpn\r\n"
                + "BRI,1500000,2026-11-20,\"0A1B, \"\"kedua\"\"\"\r\n");
        assertThat(ReportFiles.csv(out.toByteArray())).containsExactly(
                List.of("channel", "returned", "lastDeposit", "ntpn"),
                List.of("BRI", "1500000", "2026-11-20", "0A1B, \"kedua\""),
                List.of("POS", "600000", "2026-11-21", "baris\r\nbaru — Sulawesi"),
                List.of("total", "2100000", "", ""));
    }
}

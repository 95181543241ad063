package id.bansos.app.cli;

import id.bansos.app.reports.ReportDocument;
import id.bansos.app.reports.ReportExports;
import id.bansos.app.reports.ReportFilter;
import id.bansos.app.reports.ReportFormat;
import id.bansos.app.reports.Reports;
import id.bansos.ledger.readmodel.ReadModels;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report NAME}: a report as CSV, XLSX or PDF, into a file or onto standard output; audited as a download. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"A report: disbursement (laporan penyaluran), unclaimed (ageing of money not withdrawn),",
                "returns (to kas negara), trial-balance. Written as CSV (default), XLSX or PDF; each is recorded in",
                "the audit log with the acting user and the reason. Exit status 2 for an unknown report."})
class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "disbursement, unclaimed, returns or trial-balance.")
    String name;

    @Option(names = "--program", description = "Only this program, e.g. SEMBAKO.")
    String program;

    @Option(names = "--period", description = "Only this period, yyyy-MM.")
    YearMonth period;

    @Option(names = "--channel", description = "Only this channel, e.g. BRI or POS.")
    String channel;

    @Option(names = "--province", description = "Only this province (2 digits); regions become its regencies.")
    String province;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Count ages to this day (default today, WIB).")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "csv", description = "csv, xlsx or pdf (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Option(names = "--lang", defaultValue = "id", description = "id (default) or en: the headings' language.")
    String lang;

    @Option(names = "--user", required = true, description = "The acting user, recorded in the audit log.")
    String user;

    @Option(names = "--reason", defaultValue = "", description = "Why the report is taken, for the audit log.")
    String reason;

    @Override
    public Integer call() throws IOException {
        ReportFormat as = ReportFormat.named(format);
        ReportFilter filter = new ReportFilter(program, period, channel, province, asOf);
        try (ConfigurableApplicationContext ctx = LedgerRuntime.start()) {
            if (!ctx.getBean(Reports.class).names().contains(name)) {
                System.err.println("No report " + name + "; there are "
                        + String.join(", ", ctx.getBean(Reports.class).names()));
                return 2;
            }
            ctx.getBean(ReadModels.class).awaitCaughtUp(Duration.ofMinutes(10));
            ReportExports exports = ctx.getBean(ReportExports.class);
            ReportDocument doc = exports.document(name, filter,
                    Locale.forLanguageTag("en".equals(lang) ? "en" : "id-ID"));
            if (out == null) {
                exports.download(user, doc, as, reason, System.out);
                System.out.flush();
            } else {
                try (OutputStream file = Files.newOutputStream(out)) {
                    exports.download(user, doc, as, reason, file);
                }
                System.err.println(doc.title() + ": " + doc.table().rows().size() + " rows written to " + out);
            }
            return 0;
        }
    }
}

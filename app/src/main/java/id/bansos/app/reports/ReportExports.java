package id.bansos.app.reports;

import id.bansos.app.audit.AuditAction;
import id.bansos.app.audit.AuditLog;
import id.bansos.app.reports.render.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reports as documents in a language, and their downloads: every download — whatever the format, from the console,
 * the API or the command line — is written to the audit log (who, which report and filters, when, why) before its
 * first byte is written.
 */
@Component
public class ReportExports {

    private final Reports reports;
    private final Map<ReportFormat, ReportRenderer> renderers = new EnumMap<>(ReportFormat.class);
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    public ReportExports(Reports reports, List<ReportRenderer> renderers, AuditLog audit, MessageSource messages) {
        this.reports = reports;
        renderers.forEach(r -> this.renderers.put(r.format(), r));
        this.audit = audit;
        this.messages = messages;
    }

    /** The named report for {@code filter} in {@code locale}, to show; nothing is audited. */
    public ReportDocument document(String name, ReportFilter filter, Locale locale) {
        ReportTable table = reports.table(name, filter).orElseThrow(() ->
                new NoSuchElementException("no report " + name + "; there are " + String.join(", ", reports.names())));
        return new ReportDocument(table, (key, args) -> messages.getMessage(key, args, key, locale), locale,
                clock.instant());
    }

    /**
     * Audits and writes one download.
     *
     * @param format a file format, or null for the figures as data (the API's JSON), audited all the same
     * @param reason why, as the person gave it; may be empty
     */
    public ReportDocument audited(String actor, ReportDocument document, ReportFormat format, String reason) {
        ReportTable table = document.table();
        audit.record(actor, AuditAction.EXPORT, subject(table), reason == null ? "" : reason,
                "format=" + (format == null ? "json" : format.extension()) + " "
                        + table.filter().given().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" ")) + " lang=" + document.locale().getLanguage()
                        + " rows=" + table.rows().size());
        return document;
    }

    /** Audits a download of {@code document} by {@code actor} and writes it to {@code out} in {@code format}. */
    public void download(String actor, ReportDocument document, ReportFormat format, String reason, OutputStream out)
            throws IOException {
        audited(actor, document, format, reason);
        renderers.get(format).render(document, out);
    }

    /** The audit subject of a report: {@code report:disbursement:SEMBAKO:2026-10} ({@code ALL} for no filter). */
    public static String subject(ReportTable table) {
        ReportFilter f = table.filter();
        return "report:" + table.name() + ":" + (f.program() == null ? "ALL" : f.program()) + ":"
                + (f.period() == null ? "ALL" : f.period());
    }

    /** The file name of a download, e.g. {@code laporan-disbursement-SEMBAKO-2026-10.csv}. */
    public static String fileName(ReportTable table, ReportFormat format) {
        ReportFilter f = table.filter();
        StringBuilder name = new StringBuilder("laporan-").append(table.name());
        for (Object part : new Object[] {f.program(), f.period(), f.channel(), f.province()}) {
            if (part != null) {
                name.append('-').append(part);
            }
        }
        return name.append('.').append(format.extension()).toString();
    }
}

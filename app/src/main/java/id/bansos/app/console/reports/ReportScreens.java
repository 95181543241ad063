package id.bansos.app.console.reports;

import id.bansos.app.reports.ReportDocument;
import id.bansos.app.reports.ReportExports;
import id.bansos.app.reports.ReportFilter;
import id.bansos.app.reports.ReportFormat;
import id.bansos.app.reports.ReportRequests;
import id.bansos.app.reports.Reports;
import id.bansos.ledger.kpm.Provinces;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The report screen: every report with its filter form, the chosen report's table on screen, and its downloads as
 * CSV, XLSX and PDF in the screen's language. Anyone who may view may download; each download is audited, with the
 * reason the person gave.
 */
@Controller
class ReportScreens {

    private final Reports reports;
    private final ReportExports exports;
    private final ReportChoices choices;

    ReportScreens(Reports reports, ReportExports exports, ReportChoices choices) {
        this.reports = reports;
        this.exports = exports;
        this.choices = choices;
    }

    @GetMapping("/reports")
    String report(@RequestParam(defaultValue = "disbursement") String report,
                  @RequestParam(required = false) String program, @RequestParam(required = false) String period,
                  @RequestParam(required = false) String channel, @RequestParam(required = false) String province,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                  Locale locale, Model model) {
        ReportFilter filter = ReportRequests.filter(program, period, channel, province, asOf);
        model.addAttribute("reports", reports.names());
        model.addAttribute("report", known(report));
        model.addAttribute("filter", filter);
        model.addAttribute("programs", choices.programs());
        model.addAttribute("periods", choices.periods());
        model.addAttribute("channels", choices.channels());
        model.addAttribute("provinces", Provinces.codes());
        model.addAttribute("formats", ReportFormat.values());
        model.addAttribute("doc", exports.document(report, filter, locale));
        return "reports/report";
    }

    @GetMapping("/reports/{report}/download")
    void download(@PathVariable String report, @RequestParam String format,
                  @RequestParam(required = false) String program, @RequestParam(required = false) String period,
                  @RequestParam(required = false) String channel, @RequestParam(required = false) String province,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                  @RequestParam(required = false) String reason, Principal user, Locale locale,
                  HttpServletResponse response) throws IOException {
        ReportFormat as = ReportRequests.format(format);
        ReportDocument doc = exports.document(known(report),
                ReportRequests.filter(program, period, channel, province, asOf), locale);
        response.setContentType(as.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(ReportExports.fileName(doc.table(), as)).build().toString());
        exports.download(user.getName(), doc, as, reason, response.getOutputStream());
    }

    private String known(String report) {
        if (!reports.names().contains(report)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return report;
    }
}

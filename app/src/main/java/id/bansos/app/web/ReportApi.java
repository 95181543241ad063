package id.bansos.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.bansos.app.reports.Column;
import id.bansos.app.reports.ReportDocument;
import id.bansos.app.reports.ReportExports;
import id.bansos.app.reports.ReportFormat;
import id.bansos.app.reports.ReportRequests;
import id.bansos.app.reports.ReportTable;
import id.bansos.app.reports.Reports;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reports through the API: {@code GET /api/reports/{report}?program=&period=&channel=&province=&asOf=&format=}, as
 * JSON (the default: columns, rows keyed by column, totals, notes) or as a CSV, XLSX or PDF file. Every answer is an
 * export and is audited.
 */
@RestController
@RequestMapping("/api/reports")
class ReportApi {

    private final Reports reports;
    private final ReportExports exports;
    private final ObjectMapper json;

    ReportApi(Reports reports, ReportExports exports, ObjectMapper json) {
        this.reports = reports;
        this.exports = exports;
        this.json = json;
    }

    @GetMapping
    List<String> names() {
        return reports.names();
    }

    @GetMapping("/{report}")
    void report(@PathVariable String report, @RequestParam(defaultValue = "json") String format,
                @RequestParam(required = false) String program, @RequestParam(required = false) String period,
                @RequestParam(required = false) String channel, @RequestParam(required = false) String province,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                @RequestParam(required = false) String reason, Principal user, Locale locale,
                HttpServletResponse response) throws IOException {
        if (!reports.names().contains(report)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no report " + report);
        }
        ReportDocument doc = exports.document(report,
                ReportRequests.filter(program, period, channel, province, asOf), locale);
        if ("json".equalsIgnoreCase(format)) {
            exports.audited(user.getName(), doc, null, reason);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(response.getOutputStream(), body(doc));
            return;
        }
        ReportFormat as = ReportRequests.format(format);
        response.setContentType(as.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(ReportExports.fileName(doc.table(), as)).build().toString());
        exports.download(user.getName(), doc, as, reason, response.getOutputStream());
    }

    private static Map<String, Object> body(ReportDocument doc) {
        ReportTable table = doc.table();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("report", table.name());
        body.put("title", doc.title());
        body.put("filters", table.filter().given());
        body.put("generatedAt", doc.generatedAt());
        List<Map<String, Object>> columns = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            columns.add(Map.of("key", column.key(), "kind", column.kind().name(), "heading", doc.heading(c)));
        }
        body.put("columns", columns);
        body.put("rows", table.rows().stream().map(row -> keyed(table, row)).toList());
        body.put("totals", table.totals() == null ? null : keyed(table, table.totals()));
        body.put("notes", doc.notes());
        return body;
    }

    private static Map<String, Object> keyed(ReportTable table, List<Object> row) {
        Map<String, Object> cells = new LinkedHashMap<>();
        for (int c = 0; c < row.size(); c++) {
            Object cell = row.get(c);
            cells.put(table.columns().get(c).key(), ReportTable.TOTAL.equals(cell) ? "TOTAL"
                    : cell == null ? null : cell instanceof Long ? cell : cell.toString());
        }
        return cells;
    }
}

package id.bansos.app.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A report's filter and format as a web request gives them; a malformed value answers 400 Bad Request. */
public final class ReportRequests {

    private ReportRequests() {
    }

    /** The filter of a request; blanks are no filter. */
    public static ReportFilter filter(String program, String period, String channel, String province,
                                      LocalDate asOf) {
        try {
            return new ReportFilter(program,
                    period == null || period.isBlank() ? null : YearMonth.parse(period.strip()),
                    channel, province, asOf);
        } catch (RuntimeException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }

    /** The file format named in a request. */
    public static ReportFormat format(String format) {
        try {
            return ReportFormat.named(format);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }
}

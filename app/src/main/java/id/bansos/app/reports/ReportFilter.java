package id.bansos.app.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a report is asked for; a null field means every one. With a province, reports that go by region list its
 * regencies (kabupaten/kota) instead of provinces.
 *
 * @param asOf the day ages are counted to (unclaimed ageing)
 */
public record ReportFilter(String program, YearMonth period, String channel, String province, LocalDate asOf) {

    public ReportFilter {
        program = upper(program);
        channel = upper(channel);
        province = province == null || province.isBlank() ? null : province.strip();
        if (province != null && !province.matches("\\d{2}")) {
            throw new IllegalArgumentException("a province is its two-digit code, e.g. 32: " + province);
        }
    }

    /** The filters given, by name, in a fixed order, for a report's heading and the audit log. */
    public Map<String, String> given() {
        Map<String, String> given = new LinkedHashMap<>();
        put(given, "program", program);
        put(given, "period", period);
        put(given, "channel", channel);
        put(given, "province", province);
        put(given, "asOf", asOf);
        return given;
    }

    private static void put(Map<String, String> m, String key, Object value) {
        if (value != null) {
            m.put(key, value.toString());
        }
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}

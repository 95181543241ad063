package id.bansos.app.reliability;

import id.bansos.app.testing.TestPostgres;
import id.bansos.bank.payment.DigestingOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;

/**
 * What a cycle left behind, section by section, in a form two runs can be compared by: every payment and its outcome,
 * the batches, the bytes of every file in the exchange folder (staging areas included), every file received and what
 * applying it gave, the reconciliation exceptions, flags and cases, every posting of the money trail and the trial
 * balance, and the number of events of each type. Who acted and when, and generated ids, are left out: they differ
 * between runs that did the same.
 */
final class CycleOutcome {

    /** Each section's SQL; every row becomes one line, its columns joined by {@code |}. */
    private static final Map<String, String> TABLES = tables();

    private final Map<String, List<String>> sections;

    private CycleOutcome(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    /** Reads what the cycle on this database and exchange folder left. */
    static CycleOutcome of(TestPostgres.Database db, Path exchange) {
        Jdbi jdbi = SeededCycle.jdbi(db);
        Map<String, List<String>> sections = new LinkedHashMap<>();
        TABLES.forEach((section, sql) -> sections.put(section, jdbi.withHandle(h -> h.createQuery(sql)
                .map((rs, ctx) -> {
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        columns.add(String.valueOf(rs.getObject(i)));
                    }
                    return String.join("|", columns);
                }).list())));
        for (String folder : List.of("outbox", "inbox", "received", "quarantine")) {
            sections.put("files in " + folder, files(exchange.resolve(folder)));
        }
        return new CycleOutcome(sections);
    }

    /** The lines of a section. */
    List<String> section(String name) {
        return sections.getOrDefault(name, List.of());
    }

    /** How many lines each section has, for the record. */
    Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sections.forEach((name, lines) -> sizes.put(name, lines.size()));
        return sizes;
    }

    /** Every line this outcome lacks or has more than the other, by section; empty when they are the same. */
    List<String> differences(CycleOutcome expected) {
        List<String> differences = new ArrayList<>();
        for (String name : expected.sections.keySet()) {
            List<String> missing = minus(expected.section(name), section(name));
            List<String> extra = minus(section(name), expected.section(name));
            missing.stream().limit(20).forEach(line -> differences.add(name + ": missing " + line));
            extra.stream().limit(20).forEach(line -> differences.add(name + ": extra   " + line));
            if (missing.size() + extra.size() > 40) {
                differences.add(name + ": … " + missing.size() + " missing and " + extra.size() + " extra in all");
            }
        }
        return differences;
    }

    /** The lines of {@code from} not matched one for one in {@code other} (both sorted). */
    private static List<String> minus(List<String> from, List<String> other) {
        Map<String, Integer> counts = new TreeMap<>();
        other.forEach(line -> counts.merge(line, 1, Integer::sum));
        List<String> left = new ArrayList<>();
        for (String line : from) {
            if (counts.merge(line, -1, Integer::sum) < 0) {
                left.add(line);
            }
        }
        return left;
    }

    private static List<String> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(file -> {
                try {
                    return folder.relativize(file) + "|" + DigestingOutputStream.sha256(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> tables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("events by type", """
                SELECT type, payload_type, COUNT(*) FROM domain_event_entry GROUP BY type, payload_type
                ORDER BY 1, 2""");
        t.put("households", """
                SELECT household_id, region_code, desil, channel, programs, member_count, on_roster FROM household
                ORDER BY household_id""");
        t.put("entitlements", """
                SELECT household_id, program, period, amount, status, reasons, channel FROM entitlement
                ORDER BY household_id, program, period""");
        t.put("held", """
                SELECT program, period, household_id, channel, reason, rule FROM cycle_held ORDER BY 1, 2, 3""");
        t.put("batches", """
                SELECT batch_id, program, period, channel, status, line_count, control_sum, digest_sha256,
                       approvals_needed, approvals, funded_amount, requested_execution_date FROM payment_batch
                ORDER BY batch_id""");
        t.put("batch files", """
                SELECT batch_id, channel, file_name, file_sequence, format, sha256, line_count, control_sum
                FROM batch_file ORDER BY batch_id, file_sequence""");
        t.put("payments", """
                SELECT reference, household_id, program, period, attempt, amount, channel, batch_id, status,
                       status_reason, credits, booked_on, withdrawn_on, reissue_via_pos FROM payment_line
                ORDER BY reference""");
        t.put("files received", """
                SELECT channel, file_name, sha256, size_bytes, format, message_id, entry_count, status, reason,
                       intake_note, matched_lines, break_lines, suspense_lines, skipped_lines, application_note
                FROM inbound_file ORDER BY channel, file_name, sha256""");
        t.put("statement numbers", """
                SELECT s.channel, s.account, s.family, s.sequence, s.page, f.sha256 FROM inbound_statement s
                JOIN inbound_file f ON f.id = s.inbound_id ORDER BY 1, 2, 3, 4, 5""");
        t.put("reconciliation exceptions", """
                SELECT source, channel, kind, reference, household_id, amount, account, booked_on, reason, side,
                       counterparty FROM recon_exception ORDER BY source""");
        t.put("flags", """
                SELECT flag_key, case_id, type, household_id, channel, subject, amount, evidence FROM case_flag
                ORDER BY flag_key""");
        t.put("cases", """
                SELECT case_id, household_id, channel, status, resolution, flags, amount, types FROM investigation_case
                ORDER BY case_id""");
        t.put("money trail postings", """
                SELECT program, period, channel, from_account, to_account, amount, reason, reference FROM trail_posting
                ORDER BY 1, 2, 3, 4, 5, 6, 7, 8""");
        t.put("trial balance", """
                SELECT program, period, channel, account, SUM(amount) FROM (
                    SELECT program, period, channel, to_account AS account, amount FROM trail_posting
                    UNION ALL
                    SELECT program, period, channel, from_account, -amount FROM trail_posting) p
                GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4""");
        return t;
    }
}

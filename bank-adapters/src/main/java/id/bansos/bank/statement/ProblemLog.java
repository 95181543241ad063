package id.bansos.bank.statement;

import id.bansos.bank.xml.IsoValues;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the problems of one read. It keeps the first {@code limit} problems and counts the rest by severity, so
 * that a file with a million bad lines cannot exhaust memory; the count of dropped problems is reported as a last
 * problem of the highest severity dropped.
 */
public final class ProblemLog {

    private final int limit;
    private final List<Problem> kept = new ArrayList<>();
    private final Map<Severity, Long> dropped = new EnumMap<>(Severity.class);
    private final Set<String> onceKeys = new HashSet<>();

    public ProblemLog(int limit) {
        this.limit = limit;
    }

    public void add(Problem problem) {
        if (kept.size() < limit) {
            kept.add(problem);
        } else {
            dropped.merge(problem.severity(), 1L, Long::sum);
        }
    }

    public void error(String location, String field, String message) {
        add(Problem.error(location, field, message));
    }

    /**
     * An identifier as read (an {@code EndToEndId}, {@code MsgId}, {@code AcctSvcrRef} …), reported as an error when
     * longer than ISO 20022's {@code Max35Text} allows.
     */
    public String identifier(String location, String field, String text) {
        String problem = IsoValues.max35Problem(text);
        if (problem != null) {
            error(location, field, problem);
        }
        return text;
    }

    public void warning(String location, String field, String message) {
        add(Problem.warning(location, field, message));
    }

    public void info(String location, String field, String message) {
        add(Problem.info(location, field, message));
    }

    /** Adds an error in strict (bansos) mode and a warning otherwise. */
    public void errorWhenStrict(boolean strict, String location, String field, String message) {
        add(new Problem(strict ? Severity.ERROR : Severity.WARNING, location, field, message));
    }

    /** True the first time a key is given: to report something once per document. */
    public boolean firstTime(String key) {
        return onceKeys.add(key);
    }

    /** The problems kept, followed by a summary of those not kept, if any. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(kept);
        if (!dropped.isEmpty()) {
            long count = dropped.values().stream().mapToLong(Long::longValue).sum();
            Severity worst = dropped.keySet().iterator().next();
            StringBuilder counts = new StringBuilder();
            dropped.forEach((severity, n) -> counts.append(counts.length() == 0 ? "" : ", ").append(severity)
                    .append(' ').append(n));
            all.add(new Problem(worst, "", null, count + " more problems not listed: " + counts));
        }
        return List.copyOf(all);
    }
}

package id.bansos.bank.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bansos.bank.statement.Balance;
import id.bansos.bank.statement.Problem;
import id.bansos.bank.statement.Severity;
import java.math.BigDecimal;
import java.util.TreeMap;

/** Renders an {@link InspectionReport} as text or JSON. */
final class InspectionRenderer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InspectionRenderer() {
    }

    static String text(InspectionReport r) {
        StringBuilder s = new StringBuilder();
        row(s, "File", r.fileName() + " (" + r.sizeBytes() + " bytes)");
        row(s, "SHA-256", r.sha256());
        row(s, "Format", r.description().startsWith(r.format()) ? r.description()
                : r.format() + " — " + r.description());
        row(s, "Message id", r.messageId() == null ? "-" : r.messageId());
        row(s, "Mode", r.strictBansos() ? "strict bansos (IDR only)" : "lenient (a foreign currency is a warning)");
        if (!r.accounts().isEmpty()) {
            row(s, "Accounts", String.join(", ", r.accounts()));
        }
        if (r.family() != InboundFormat.Family.PAIN_001 && r.family() != InboundFormat.Family.UNKNOWN) {
            row(s, "Entries", r.entryCount() + (r.lineCount() != r.entryCount() ? " (" + r.lineCount() + " lines)"
                    : ""));
        }
        if (r.totalDebits() != null) {
            row(s, "Debits", plain(r.totalDebits()) + " " + r.currency());
            row(s, "Credits", plain(r.totalCredits()) + " " + r.currency());
        }
        new TreeMap<>(r.counts()).forEach((status, n) -> row(s, "Count", status + ": " + n
                + (r.amounts().containsKey(status) ? ", " + plain(r.amounts().get(status)) + " IDR" : "")));
        for (InspectionReport.StatementSummary st : r.statements()) {
            s.append("Statement   ").append(st.statementId()).append("  account ").append(st.account());
            if (st.sequenceNumber() != null) {
                s.append("  no. ").append(st.sequenceNumber()).append(st.page() == null ? "" : "/" + st.page());
            }
            s.append("  entries ").append(st.entries()).append(", debits ").append(plain(st.debits()))
                    .append(", credits ").append(plain(st.credits())).append(' ').append(st.currency()).append('\n');
            s.append("            opening ").append(balance(st.opening())).append(", closing ")
                    .append(balance(st.closing())).append(": ").append(verdict(st)).append('\n');
        }
        row(s, "Problems", r.count(Severity.ERROR) + " errors, " + r.count(Severity.WARNING) + " warnings, "
                + r.count(Severity.INFO) + " notes");
        for (Problem p : r.problems()) {
            s.append("  ").append(p).append('\n');
        }
        row(s, "Verdict", r.refused() ? "REFUSED" : r.count(Severity.WARNING) > 0 ? "ACCEPTED, with warnings to review"
                : "ACCEPTED");
        return s.toString();
    }

    static String json(InspectionReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", r.fileName());
        root.put("sha256", r.sha256());
        root.put("sizeBytes", r.sizeBytes());
        root.put("format", r.format());
        root.put("family", r.family().name());
        root.put("description", r.description());
        root.put("messageId", r.messageId());
        root.put("strictBansos", r.strictBansos());
        root.put("refused", r.refused());
        r.accounts().forEach(root.putArray("accounts")::add);
        root.put("entryCount", r.entryCount());
        root.put("lineCount", r.lineCount());
        root.put("totalDebits", plain(r.totalDebits()));
        root.put("totalCredits", plain(r.totalCredits()));
        root.put("currency", r.currency());
        ArrayNode statements = root.putArray("statements");
        for (InspectionReport.StatementSummary st : r.statements()) {
            ObjectNode node = statements.addObject();
            node.put("statementId", st.statementId());
            node.put("account", st.account());
            node.put("sequenceNumber", st.sequenceNumber());
            node.put("page", st.page());
            node.put("currency", st.currency());
            node.put("entries", st.entries());
            node.put("lines", st.lines());
            node.put("debits", plain(st.debits()));
            node.put("credits", plain(st.credits()));
            balance(node.putObject("opening"), st.opening());
            balance(node.putObject("closing"), st.closing());
            node.put("balances", st.balances().name());
            node.put("expectedClosing", plain(st.expectedClosing()));
        }
        ObjectNode counts = root.putObject("counts");
        new TreeMap<>(r.counts()).forEach(counts::put);
        ObjectNode amounts = root.putObject("amounts");
        new TreeMap<String, BigDecimal>(r.amounts()).forEach((k, v) -> amounts.put(k, plain(v)));
        ArrayNode problems = root.putArray("problems");
        for (Problem p : r.problems()) {
            problems.addObject().put("severity", p.severity().name()).put("location", p.location())
                    .put("field", p.field()).put("message", p.message());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings and numbers always serialises", e);
        }
    }

    private static void balance(ObjectNode node, Balance b) {
        if (b == null) {
            return;
        }
        node.put("code", b.code());
        node.put("amount", plain(b.amount().amount()));
        node.put("currency", b.amount().currency());
        node.put("side", b.side().iso());
        node.put("date", b.date() == null ? null : b.date().toString());
    }

    private static String verdict(InspectionReport.StatementSummary st) {
        return switch (st.balances()) {
            case RECONCILED -> "reconciles";
            case MISMATCH -> "does NOT reconcile (entries give " + plain(st.expectedClosing()) + ")";
            case NOT_CHECKABLE -> "cannot be checked (several currencies)";
            case NOT_STATED -> "no opening and closing booked balance stated";
        };
    }

    private static String balance(Balance b) {
        return b == null ? "-" : b.toString();
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static void row(StringBuilder s, String label, String value) {
        s.append(String.format("%-12s", label)).append(value).append('\n');
    }
}

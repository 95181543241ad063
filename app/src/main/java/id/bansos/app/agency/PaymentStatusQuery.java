package id.bansos.app.agency;

import id.bansos.app.audit.AuditAction;
import id.bansos.app.audit.AuditLog;
import id.bansos.ledger.privacy.PersonalData;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/**
 * The one question another agency may ask: was this NIK (a household's pengurus or member) paid in this program and
 * period, and through which channel. Paid means a payment of a household holding that NIK was credited (or paid out
 * in cash by PT Pos). A NIK the ledger does not know is answered "not paid", like any other, so the answer never tells
 * whether a NIK is on the roster. Every question is audited under the NIK's token, never the NIK.
 */
@Service
public class PaymentStatusQuery {

    private static final Pattern NIK = Pattern.compile("\\d{16}");
    private static final Pattern PROGRAM = Pattern.compile("[A-Z0-9_]{1,16}");

    private final Jdbi jdbi;
    private final AuditLog audit;

    public PaymentStatusQuery(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    /** Answers {@code agency}'s question; refuses a NIK that is not 16 digits, or an unreadable program or period. */
    public Answer ask(String agency, String nik, String program, String period) {
        if (nik == null || !NIK.matcher(nik).matches()) {
            throw new IllegalArgumentException("a NIK is 16 digits");
        }
        if (program == null || !PROGRAM.matcher(program).matches()) {
            throw new IllegalArgumentException("a program is its code, e.g. PKH, SEMBAKO or BLT");
        }
        YearMonth month = YearMonth.parse(period == null ? "" : period);
        String token = PersonalData.current().token(nik);
        Optional<String> channel = jdbi.withHandle(h -> h.createQuery("""
                        SELECT l.channel FROM payment_line l
                        WHERE l.program = :program AND l.period = :period AND l.status = 'CREDITED'
                          AND l.household_id IN (SELECT household_id FROM household WHERE pengurus_nik = :t
                                                 UNION SELECT household_id FROM household_member WHERE nik = :t)
                        ORDER BY l.updated_at DESC, l.reference LIMIT 1""")
                .bind("program", program).bind("period", month.toString()).bind("t", token)
                .mapTo(String.class).findOne());
        Answer answer = new Answer(channel.isPresent(), program, month.toString(), channel.orElse(null));
        audit.record(agency, AuditAction.STATUS_QUERY, token, "", program + " " + month + ": "
                + (answer.paid() ? "paid through " + answer.channel() : "not paid"));
        return answer;
    }

    /**
     * The whole answer, and all of it.
     *
     * @param channel the channel it was paid through, or {@code null} when not paid
     */
    public record Answer(boolean paid, String program, String period, String channel) {
    }
}

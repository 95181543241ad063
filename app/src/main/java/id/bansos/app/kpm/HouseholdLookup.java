package id.bansos.app.kpm;

import id.bansos.app.audit.AuditAction;
import id.bansos.app.audit.AuditLog;
import id.bansos.ledger.privacy.PersonalData;
import id.bansos.ledger.roster.RosterColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

/**
 * Finds households by their reference, by a NIK (the pengurus's or a member's) or No. KK, or by a name. Numbers are
 * looked up by their token, never compared in the clear; a search by number is audited with the token as its subject.
 * What is found shows NIK and KK masked.
 */
@Component
public class HouseholdLookup {

    /** The most households one search answers. */
    public static final int LIMIT = 50;

    private static final Pattern NUMBER = Pattern.compile("\\d{16}");
    private static final String COLUMNS = """
            SELECT h.household_id, h.pengurus_name, h.pengurus_nik, h.no_kk, h.region_code, h.channel, h.on_roster
            FROM household h""";

    private final Jdbi jdbi;
    private final AuditLog audit;

    public HouseholdLookup(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    /** Whether {@code q} is a NIK or No. KK (16 digits) rather than a reference or a name. */
    public static boolean isNumber(String q) {
        return q != null && NUMBER.matcher(q.strip()).matches();
    }

    /**
     * The households {@code q} names, by household id first; a 16-digit {@code q} is a NIK or KK, anything else a
     * reference or part of a name (any case). At most {@link #LIMIT}.
     */
    public List<Found> search(String q, String actor) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            return List.of();
        }
        if (isNumber(query)) {
            String token = PersonalData.current().token(query);
            List<Found> found = byToken(token);
            audit.record(actor, AuditAction.SEARCH, token, "", "household search by NIK or No. KK: "
                    + found.size() + " found");
            return found;
        }
        String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbi.withHandle(h -> h.createQuery(COLUMNS + """
                         WHERE h.household_id = :q OR h.pengurus_name ILIKE :like
                           OR EXISTS (SELECT 1 FROM household_member m
                                      WHERE m.household_id = h.household_id AND m.name ILIKE :like)
                        ORDER BY (h.household_id = :q) DESC, h.household_id LIMIT :limit""")
                .bind("q", query).bind("like", like).bind("limit", LIMIT).map((rs, ctx) -> found(rs)).list());
    }

    /**
     * The one household a complaint or a clerk names: by its reference, or by a NIK or No. KK that belongs to exactly
     * one household. Empty when none; refused when a number belongs to several.
     */
    public Optional<String> one(String referenceOrNumber) {
        String q = referenceOrNumber == null ? "" : referenceOrNumber.strip();
        if (!isNumber(q)) {
            return jdbi.withHandle(h -> h.createQuery("SELECT household_id FROM household WHERE household_id = :q")
                    .bind("q", q).mapTo(String.class).findOne());
        }
        List<Found> found = byToken(PersonalData.current().token(q));
        if (found.size() > 1) {
            throw new IllegalArgumentException("that number belongs to " + found.size()
                    + " households; give the household reference");
        }
        return found.stream().map(Found::householdId).findFirst();
    }

    private List<Found> byToken(String token) {
        return jdbi.withHandle(h -> h.createQuery(COLUMNS + """
                         WHERE h.no_kk = :t OR h.pengurus_nik = :t
                           OR EXISTS (SELECT 1 FROM household_member m
                                      WHERE m.household_id = h.household_id AND m.nik = :t)
                        ORDER BY h.household_id LIMIT :limit""")
                .bind("t", token).bind("limit", LIMIT).map((rs, ctx) -> found(rs)).list());
    }

    private static Found found(ResultSet rs) throws SQLException {
        PersonalData keys = PersonalData.current();
        return new Found(rs.getString(1), rs.getString(2), RosterColumns.mask(keys.reveal(rs.getString(3))),
                RosterColumns.mask(keys.reveal(rs.getString(4))), rs.getString(5), rs.getString(6),
                rs.getBoolean(7));
    }

    /** A household found, its numbers masked. */
    public record Found(String householdId, String pengurusName, String pengurusNik, String noKk, String regionCode,
                        String channel, boolean onRoster) {
    }
}

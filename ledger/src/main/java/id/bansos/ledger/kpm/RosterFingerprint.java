package id.bansos.ledger.kpm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over everything a roster line contributes to a household: the line's data, the period, and the
 * entitlements computed from it. Two inputs with the same fingerprint lead to the same household state.
 */
public final class RosterFingerprint {

    private RosterFingerprint() {
    }

    /** The fingerprint of one roster line and its computed entitlements. */
    public static String of(HouseholdRecord r, YearMonth period, List<Entitlement> entitlements) {
        StringBuilder s = new StringBuilder(512);
        add(s, r.householdId(), r.noKk().value(), r.pengurusNik().value(), r.pengurusName(), r.regionCode(),
                r.address(), Integer.toString(r.desil()), r.channel().code());
        if (r.channel() instanceof Channel.Bank b) {
            add(s, b.accountNumber(), b.kksNumber());
        }
        r.programs().stream().sorted(Comparator.comparing(ProgramEnrolment::program))
                .forEach(p -> add(s, p.program(), String.valueOf(p.skAmount())));
        r.members().stream().sorted(Comparator.comparing(m -> m.nik().value()))
                .forEach(m -> add(s, m.nik().value(), m.name(), m.birthDate().toString(), m.status().name(),
                        String.valueOf(m.component())));
        add(s, period.toString());
        for (Entitlement e : entitlements) {
            add(s, e.program(), Long.toString(e.amount()), e.status().name(), e.ruleVersion(),
                    String.join(";", e.reasons()));
            e.lines().forEach(l -> add(s, l.label(), String.valueOf(l.memberNikMasked()), Long.toString(l.amount()),
                    Boolean.toString(l.counted())));
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static void add(StringBuilder s, String... values) {
        for (String v : values) {
            s.append(v == null ? "\u2400" : v).append('\u001f');
        }
    }
}

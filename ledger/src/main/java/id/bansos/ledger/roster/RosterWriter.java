package id.bansos.ledger.roster;

import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.Member;
import id.bansos.ledger.kpm.ProgramEnrolment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes households in the roster CSV format (see {@code docs/formats/roster.md}), header first, one line each; what
 * it writes, {@link RosterReader} reads back as the same records. Not thread-safe.
 */
public final class RosterWriter {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(1024);
    private final StringBuilder list = new StringBuilder(512);
    private int fields;

    /** Writes the header to {@code out}; the caller closes it. */
    public RosterWriter(Writer out) {
        this.out = out;
        flush(line.append(String.join(",", RosterColumns.ALL)));
    }

    /**
     * Writes one household as one line.
     *
     * @throws IllegalArgumentException when a member's name holds {@code ;} or {@code |}, which the format cannot carry
     */
    public void write(HouseholdRecord r) {
        line.setLength(0);
        fields = 0;
        field(r.householdId()).field(r.noKk().value()).field(r.pengurusNik().value()).field(r.pengurusName())
                .field(r.regionCode()).field(r.address()).field(Integer.toString(r.desil()));
        list.setLength(0);
        for (ProgramEnrolment p : r.programs()) {
            separate().append(p.program());
            if (p.skAmount() != null) {
                list.append('=').append(p.skAmount().longValue());
            }
        }
        field(list).field(r.channel().code());
        if (r.channel() instanceof Channel.Bank b) {
            field(b.accountNumber()).field(b.kksNumber());
        } else {
            field("").field("");
        }
        list.setLength(0);
        for (Member m : r.members()) {
            if (m.name().indexOf(';') >= 0 || m.name().indexOf('|') >= 0) {
                throw new IllegalArgumentException("household " + r.householdId()
                        + ": a member's name must not hold ';' or '|'");
            }
            separate().append(m.nik().value()).append(';').append(m.name()).append(';').append(m.birthDate())
                    .append(';').append(m.status().name()).append(';')
                    .append(m.component() == null ? "" : m.component().name());
        }
        field(list);
        flush(line);
    }

    private StringBuilder separate() {
        return list.isEmpty() ? list : list.append('|');
    }

    private RosterWriter field(CharSequence value) {
        if (fields++ > 0) {
            line.append(',');
        }
        if (value == null) {
            return this;
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            line.append(value);
            return this;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
        return this;
    }

    private void flush(StringBuilder text) {
        try {
            out.append(text).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package id.bansos.ledger.roster;

import static id.bansos.ledger.roster.CsvRecords.quote;

import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.Member;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.stream.Collectors;

/** Writes households in the roster CSV format, header first. */
public final class RosterWriter {

    private final Writer out;

    public RosterWriter(Writer out) {
        this.out = out;
        write(String.join(",", RosterColumns.ALL));
    }

    /** Writes one household as one line. */
    public void write(HouseholdRecord r) {
        String account = r.channel() instanceof Channel.Bank b ? b.accountNumber() : "";
        String kks = r.channel() instanceof Channel.Bank b && b.kksNumber() != null ? b.kksNumber() : "";
        String programs = r.programs().stream()
                .map(p -> p.skAmount() == null ? p.program() : p.program() + "=" + p.skAmount())
                .collect(Collectors.joining("|"));
        String members = r.members().stream().map(RosterWriter::member).collect(Collectors.joining("|"));
        write(String.join(",", quote(r.householdId()), r.noKk().value(), r.pengurusNik().value(), quote(r.pengurusName()),
                r.regionCode(), quote(r.address()), Integer.toString(r.desil()), quote(programs), r.channel().code(),
                account, kks, quote(members)));
    }

    private static String member(Member m) {
        return m.nik().value() + ";" + m.name() + ";" + m.birthDate() + ";" + m.status() + ";"
                + (m.component() == null ? "" : m.component().name());
    }

    private void write(String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

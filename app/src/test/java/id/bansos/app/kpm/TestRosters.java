package id.bansos.app.kpm;

import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.Member;
import id.bansos.ledger.kpm.MemberStatus;
import id.bansos.ledger.roster.GeneratorOptions;
import id.bansos.ledger.roster.RosterGenerator;
import id.bansos.ledger.roster.RosterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Generated rosters for import tests, and the changes a later roster makes to a household. */
public final class TestRosters {

    private TestRosters() {
    }

    /** A clean generated roster whose ids carry a prefix of their own, so tests sharing a database stay apart. */
    public static List<HouseholdRecord> generated(int n, String prefix) {
        List<HouseholdRecord> list = new ArrayList<>();
        new RosterGenerator(GeneratorOptions.clean(n, n)).generate(h -> list.add(new HouseholdRecord(
                prefix + h.householdId(), h.noKk(), h.pengurusNik(), h.pengurusName(), h.regionCode(), h.address(),
                h.desil(), h.channel(), h.programs(), h.members())));
        return list;
    }

    /** Writes households as a roster file. */
    public static Path write(Path file, List<HouseholdRecord> households) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            RosterWriter writer = new RosterWriter(w);
            households.forEach(writer::write);
        }
        return file;
    }

    static HouseholdRecord firstBankHousehold(List<HouseholdRecord> roster) {
        return roster.stream().filter(h -> h.channel() instanceof Channel.Bank).findFirst().orElseThrow();
    }

    static HouseholdRecord withChannel(HouseholdRecord h, Channel channel) {
        return new HouseholdRecord(h.householdId(), h.noKk(), h.pengurusNik(), h.pengurusName(), h.regionCode(),
                h.address(), h.desil(), channel, h.programs(), h.members());
    }

    static HouseholdRecord withPengurusDeceased(HouseholdRecord h) {
        List<Member> members = h.members().stream().map(m -> m.nik().equals(h.pengurusNik())
                ? new Member(m.nik(), m.name(), m.birthDate(), MemberStatus.DECEASED, m.component()) : m).toList();
        return new HouseholdRecord(h.householdId(), h.noKk(), h.pengurusNik(), h.pengurusName(), h.regionCode(),
                h.address(), h.desil(), h.channel(), h.programs(), members);
    }
}

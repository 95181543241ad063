package id.bansos.ledger.roster;

import static id.bansos.ledger.roster.RosterColumns.ACCOUNT_NUMBER;
import static id.bansos.ledger.roster.RosterColumns.ADDRESS;
import static id.bansos.ledger.roster.RosterColumns.CHANNEL;
import static id.bansos.ledger.roster.RosterColumns.DESIL;
import static id.bansos.ledger.roster.RosterColumns.HOUSEHOLD_ID;
import static id.bansos.ledger.roster.RosterColumns.KKS_NUMBER;
import static id.bansos.ledger.roster.RosterColumns.MEMBERS;
import static id.bansos.ledger.roster.RosterColumns.NO_KK;
import static id.bansos.ledger.roster.RosterColumns.PENGURUS_NAME;
import static id.bansos.ledger.roster.RosterColumns.PENGURUS_NIK;
import static id.bansos.ledger.roster.RosterColumns.PROGRAMS;
import static id.bansos.ledger.roster.RosterColumns.REGION_CODE;
import static id.bansos.ledger.roster.RosterColumns.mask;

import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.Member;
import id.bansos.ledger.kpm.MemberStatus;
import id.bansos.ledger.kpm.Nik;
import id.bansos.ledger.kpm.NoKk;
import id.bansos.ledger.kpm.PkhComponent;
import id.bansos.ledger.kpm.ProgramEnrolment;
import id.bansos.ledger.kpm.Provinces;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns one roster line's fields into a household, or into the problems that refuse it (every one, not the first). */
final class RosterLineParser {

    private static final Pattern ID = Pattern.compile("[A-Z0-9-]{1,32}");
    private static final Pattern REGION = Pattern.compile("\\d{10}");
    private static final Pattern KKS = Pattern.compile("\\d{16}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,13}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final BankAccountRules banks;
    private final Set<String> programs;

    RosterLineParser(BankAccountRules banks, Set<String> programs) {
        this.banks = banks;
        this.programs = Set.copyOf(programs);
    }

    /** Parses a line whose fields are given by column name. */
    RosterSource.Line parse(int line, Map<String, String> f) {
        Problems p = new Problems(line);
        String id = f.get(HOUSEHOLD_ID).strip();
        if (!ID.matcher(id).matches()) {
            p.add(HOUSEHOLD_ID, id, "household id must be 1-32 characters of A-Z, 0-9 and '-'");
        }
        NoKk kk = p.parse(NO_KK, f.get(NO_KK), NoKk.validate(f.get(NO_KK).strip()).orElse(null),
                () -> NoKk.parse(f.get(NO_KK).strip()));
        String nikText = f.get(PENGURUS_NIK).strip();
        Nik pengurus = p.parse(PENGURUS_NIK, nikText, Nik.validate(nikText).orElse(null), () -> Nik.parse(nikText));
        String name = f.get(PENGURUS_NAME).strip();
        if (name.isEmpty()) {
            p.add(PENGURUS_NAME, name, "pengurus name is required");
        }
        String region = f.get(REGION_CODE).strip();
        if (!REGION.matcher(region).matches() || !Provinces.known(region.substring(0, 2))) {
            p.add(REGION_CODE, region, "region code must be 10 digits starting with a known province code");
        }
        String address = f.get(ADDRESS).strip();
        int desil = desil(p, f.get(DESIL).strip());
        Channel channel = channel(p, f.get(CHANNEL).strip(), f.get(ACCOUNT_NUMBER).strip(), f.get(KKS_NUMBER).strip());
        List<ProgramEnrolment> enrolments = programs(p, f.get(PROGRAMS).strip());
        List<Member> members = members(p, f.get(MEMBERS).strip());
        if (pengurus != null && members.stream().noneMatch(m -> m.nik().equals(pengurus)) && !p.has(MEMBERS)) {
            p.add(PENGURUS_NIK, mask(nikText), "the pengurus must be one of the household's members");
        }
        if (!p.list.isEmpty()) {
            return new RosterSource.Line(line, null, p.list);
        }
        return new RosterSource.Line(line, new HouseholdRecord(id, kk, pengurus, name, region, address, desil, channel,
                enrolments, members), List.of());
    }

    private static int desil(Problems p, String text) {
        try {
            int desil = Integer.parseInt(text);
            if (desil >= 1 && desil <= 10) {
                return desil;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        p.add(DESIL, text, "desil must be a whole number from 1 to 10");
        return 0;
    }

    private Channel channel(Problems p, String code, String account, String kks) {
        if (code.equals("POS")) {
            if (!account.isEmpty() || !kks.isEmpty()) {
                p.add(ACCOUNT_NUMBER, mask(account), "a PT Pos household has no account or KKS number");
            }
            return new Channel.Pos();
        }
        if (!banks.knows(code)) {
            p.add(CHANNEL, code, banks.check(code, account).orElseThrow());
            return null;
        }
        banks.check(code, account).ifPresent(reason -> p.add(ACCOUNT_NUMBER, mask(account), reason));
        if (!kks.isEmpty() && !KKS.matcher(kks).matches()) {
            p.add(KKS_NUMBER, mask(kks), "KKS card number must be 16 digits");
        }
        return new Channel.Bank(code, account, kks.isEmpty() ? null : kks);
    }

    private List<ProgramEnrolment> programs(Problems p, String text) {
        List<ProgramEnrolment> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (text.isEmpty()) {
            return list;
        }
        for (String item : text.split("\\|", -1)) {
            String[] parts = item.strip().split("=", 2);
            String code = parts[0].strip();
            if (!programs.contains(code)) {
                p.add(PROGRAMS, item, "unknown program " + code + " (known: "
                        + String.join(", ", programs.stream().sorted().toList()) + ")");
                continue;
            }
            if (!seen.add(code)) {
                p.add(PROGRAMS, item, "program " + code + " is listed twice");
                continue;
            }
            Long amount = null;
            if (parts.length == 2) {
                String value = parts[1].strip();
                if (!AMOUNT.matcher(value).matches()) {
                    p.add(PROGRAMS, item, "amount must be whole rupiah, digits only (e.g. PKH=1500000); found "
                            + value);
                    continue;
                }
                amount = Long.parseLong(value);
            }
            list.add(new ProgramEnrolment(code, amount));
        }
        return list;
    }

    private List<Member> members(Problems p, String text) {
        List<Member> members = new ArrayList<>();
        Set<String> niks = new HashSet<>();
        if (text.isEmpty()) {
            p.add(MEMBERS, "", "a household needs at least one member");
            return members;
        }
        String[] items = text.split("\\|", -1);
        for (int i = 0; i < items.length; i++) {
            String where = MEMBERS + "[" + (i + 1) + "]";
            String[] parts = items[i].split(";", -1);
            if (parts.length != 5) {
                p.add(where, "", "a member is nik;name;yyyy-mm-dd;ALIVE|DECEASED;component (component may be empty)");
                continue;
            }
            String nikText = parts[0].strip();
            var nikProblem = Nik.validate(nikText);
            if (nikProblem.isPresent()) {
                p.add(where + ".nik", mask(nikText), nikProblem.get());
                continue;
            }
            Nik nik = Nik.parse(nikText);
            if (!niks.add(nikText)) {
                p.add(where + ".nik", mask(nikText), "the same NIK is listed twice in the household");
                continue;
            }
            LocalDate born = date(parts[2].strip());
            if (born == null) {
                p.add(where + ".birth_date", parts[2], "birth date must be a date written yyyy-mm-dd");
                continue;
            }
            String differs = differs(born, nik);
            if (!differs.isEmpty()) {
                p.add(where + ".birth_date", parts[2], "birth date does not match the date in the NIK (" + differs
                        + " differ" + (differs.contains(",") ? "" : "s") + "; women's NIKs carry the day + 40)");
                continue;
            }
            MemberStatus status;
            try {
                status = MemberStatus.valueOf(parts[3].strip());
            } catch (IllegalArgumentException e) {
                p.add(where + ".status", parts[3], "status must be ALIVE or DECEASED");
                continue;
            }
            PkhComponent component = null;
            if (!parts[4].isBlank()) {
                try {
                    component = PkhComponent.valueOf(parts[4].strip());
                } catch (IllegalArgumentException e) {
                    p.add(where + ".component", parts[4], "unknown PKH component (known: IBU_HAMIL, ANAK_USIA_DINI,"
                            + " SD, SMP, SMA, DISABILITAS_BERAT, LANSIA)");
                    continue;
                }
            }
            String name = parts[1].strip();
            if (name.isEmpty()) {
                p.add(where + ".name", "", "member name is required");
                continue;
            }
            members.add(new Member(nik, name, born, status, component));
        }
        return members;
    }

    private static LocalDate date(String text) {
        if (!DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                    Integer.parseInt(text.substring(8, 10)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Which of day, month and year differ between a birth date and the NIK, without showing the NIK's digits. */
    private static String differs(LocalDate born, Nik nik) {
        List<String> parts = new ArrayList<>(3);
        if (born.getDayOfMonth() != nik.birthDay()) {
            parts.add("day");
        }
        if (born.getMonthValue() != nik.birthMonth()) {
            parts.add("month");
        }
        if (born.getYear() % 100 != nik.birthYearOfCentury()) {
            parts.add("year");
        }
        return String.join(", ", parts);
    }

    /** The problems found on one line. */
    private static final class Problems {
        final int line;
        final List<RowProblem> list = new ArrayList<>();

        Problems(int line) {
            this.line = line;
        }

        void add(String field, String value, String reason) {
            list.add(new RowProblem(line, field, value, reason));
        }

        boolean has(String fieldPrefix) {
            return list.stream().anyMatch(x -> x.field().startsWith(fieldPrefix));
        }

        <T> T parse(String field, String raw, String problem, java.util.function.Supplier<T> value) {
            if (problem != null) {
                add(field, mask(raw == null ? "" : raw.strip()), problem);
                return null;
            }
            return value.get();
        }
    }
}

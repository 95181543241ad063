package id.bansos.ledger.roster;

import id.bansos.ledger.kpm.Channel;
import id.bansos.ledger.kpm.HouseholdRecord;
import id.bansos.ledger.kpm.Member;
import id.bansos.ledger.kpm.MemberStatus;
import id.bansos.ledger.kpm.Nik;
import id.bansos.ledger.kpm.NoKk;
import id.bansos.ledger.kpm.PkhComponent;
import id.bansos.ledger.kpm.ProgramEnrolment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Generates a realistic synthetic DTSEN roster, deterministic for a seed (same seed, same households in the same
 * order): households spread over the provinces by population with region codes of that province, valid NIKs (women's
 * day + 40) agreeing with birth dates, KK numbers of region + issue date + serial, desil mostly 1-4, PKH components
 * from members' ages, and channels by region (see {@link Regions}), with account numbers of each bank's configured
 * length. Planted cases are drawn at the options' rates and recorded in {@link PlantedCases}.
 *
 * <p>Households are streamed to the sink and not kept: memory holds only the set of NIK and KK numbers handed out
 * (to keep them unique) and a window of 512 recent households that planted duplicates copy from.
 */
public final class RosterGenerator {

    /** The date ages (and so PKH components) are computed at. */
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);
    private static final int RECENT = 512;
    private static final int INDEX_DIGITS = 9;
    private static final Map<String, String> KKS_PREFIX = Map.of("BRI", "601301", "BNI", "601302",
            "MANDIRI", "601303", "BTN", "601304", "BSI", "601305");

    private final GeneratorOptions options;
    private final BankAccountRules banks;
    private final SplittableRandom random;
    private final LongSet numbers;
    private final HouseholdRecord[] recent = new HouseholdRecord[RECENT];
    private int recentCount;

    /** A generator with the default account lengths. */
    public RosterGenerator(GeneratorOptions options) {
        this(options, BankAccountRules.defaults());
    }

    /** A generator whose account numbers have the lengths {@code banks} configures (at least 10 digits each). */
    public RosterGenerator(GeneratorOptions options, BankAccountRules banks) {
        for (String bank : KKS_PREFIX.keySet()) {
            Integer length = banks.lengths().get(bank);
            if (length == null || length <= INDEX_DIGITS) {
                throw new IllegalArgumentException("generated rosters need an account length of at least "
                        + (INDEX_DIGITS + 1) + " digits for " + bank + "; configured: " + length);
            }
        }
        if (options.households() >= 1_000_000_000) {
            throw new IllegalArgumentException("at most 999,999,999 households can be generated");
        }
        this.options = options;
        this.banks = banks;
        this.random = new SplittableRandom(options.seed());
        this.numbers = new LongSet((int) Math.min(1 << 28, Math.max(1024, options.households() * 5L)));
    }

    /** Generates a roster with the default account lengths into {@code sink}; returns what was planted. */
    public static PlantedCases generate(GeneratorOptions options, Consumer<HouseholdRecord> sink) {
        return new RosterGenerator(options).generate(sink);
    }

    /** Generates every household into {@code sink}, in household-id order; returns what was planted. */
    public PlantedCases generate(Consumer<HouseholdRecord> sink) {
        PlantedCases planted = PlantedCases.empty();
        for (int i = 1; i <= options.households(); i++) {
            HouseholdRecord household = plant(household(i), planted);
            sink.accept(household);
            if (recentCount < RECENT) {
                recent[recentCount++] = household;
            } else {
                recent[random.nextInt(RECENT)] = household;
            }
        }
        return planted;
    }

    private HouseholdRecord household(int index) {
        String region = Regions.region(random);
        long place = Long.parseLong(region.substring(0, 6));
        int size = size();
        List<Member> members = new ArrayList<>(size + 1);
        if (size == 1 && random.nextInt(100) < 60) {
            members.add(person(place, true, yearsAgo(60, 25)));
        } else {
            LocalDate motherBorn = yearsAgo(22, 40);
            Member mother = person(place, true, motherBorn);
            if (age(motherBorn) < 40 && random.nextInt(100) < 6) {
                mother = new Member(mother.nik(), mother.name(), motherBorn, MemberStatus.ALIVE,
                        PkhComponent.IBU_HAMIL);
            }
            members.add(mother);
            if (size >= 2 && random.nextInt(100) < 70) {
                members.add(person(place, false, motherBorn.minusDays(random.nextInt(365 * 6))));
            }
            int elders = size >= 4 && random.nextInt(100) < 15 ? 1 : 0;
            int childYears = Math.min(18, age(motherBorn) - 16);
            while (members.size() < size - elders) {
                LocalDate born = AS_OF.minusDays(random.nextInt(365 * childYears));
                members.add(person(place, random.nextBoolean(), born));
            }
            while (members.size() < size) {
                members.add(person(place, random.nextBoolean(), yearsAgo(60, 25)));
            }
        }
        Member pengurus = members.get(0);
        int desil = random.nextInt(100) < 95 ? 1 + random.nextInt(4) : 5 + random.nextInt(2);
        return new HouseholdRecord("KPM" + pad(index, 8), kk(place), pengurus.nik(), pengurus.name(), region,
                IndonesianNames.street(random), desil, channel(region, index), programs(members), members);
    }

    private List<ProgramEnrolment> programs(List<Member> members) {
        boolean components = members.stream().anyMatch(m -> m.component() != null);
        boolean pkh = components && random.nextInt(100) < 55;
        boolean sembako = random.nextInt(100) < 84 || !pkh;
        if (pkh && sembako) {
            return List.of(new ProgramEnrolment("PKH", null), new ProgramEnrolment("SEMBAKO", null));
        }
        return List.of(new ProgramEnrolment(pkh ? "PKH" : "SEMBAKO", null));
    }

    private HouseholdRecord plant(HouseholdRecord h, PlantedCases planted) {
        List<Member> members = h.members();
        NoKk kk = h.noKk();
        Channel channel = h.channel();
        if (random.nextDouble() < options.deceasedPengurusRate()) {
            members = withStatus(members, 0, MemberStatus.DECEASED);
            planted.deceasedPengurus().add(h.householdId());
        } else if (members.size() > 1 && random.nextDouble() < options.deceasedMemberRate()) {
            members = withStatus(members, 1 + random.nextInt(members.size() - 1), MemberStatus.DECEASED);
            planted.deceasedMember().add(h.householdId());
        }
        if (recentCount > 0) {
            HouseholdRecord source = recent[random.nextInt(recentCount)];
            if (random.nextDouble() < options.duplicateNikRate() && source.members().size() > 1) {
                members = new ArrayList<>(members);
                members.add(source.members().get(source.members().size() - 1));
                planted.duplicateNik().add(new PlantedCases.Pair(h.householdId(), source.householdId()));
            } else if (random.nextDouble() < options.duplicateKkRate()) {
                kk = source.noKk();
                planted.duplicateKk().add(new PlantedCases.Pair(h.householdId(), source.householdId()));
            } else if (random.nextDouble() < options.sharedAccountRate() && source.channel() instanceof Channel.Bank) {
                channel = source.channel();
                planted.sharedAccount().add(new PlantedCases.Pair(h.householdId(), source.householdId()));
            }
        }
        if (members == h.members() && kk == h.noKk() && channel == h.channel()) {
            return h;
        }
        return new HouseholdRecord(h.householdId(), kk, h.pengurusNik(), h.pengurusName(), h.regionCode(), h.address(),
                h.desil(), channel, h.programs(), members);
    }

    private Member person(long place, boolean female, LocalDate born) {
        Nik nik = new Nik(Long.toString(unique(dated(place, born, female ? 40 : 0))));
        int age = age(born);
        PkhComponent component = random.nextInt(100) < 2 ? PkhComponent.DISABILITAS_BERAT
                : age <= 6 ? PkhComponent.ANAK_USIA_DINI : age <= 12 ? PkhComponent.SD : age <= 15 ? PkhComponent.SMP
                : age <= 18 ? PkhComponent.SMA : age >= 60 ? PkhComponent.LANSIA : null;
        return new Member(nik, IndonesianNames.person(random, female), born, MemberStatus.ALIVE, component);
    }

    private NoKk kk(long place) {
        return new NoKk(Long.toString(unique(dated(place, yearsAgo(0, 15), 0))));
    }

    /** {@code place DDMMYY 0000}, the day raised by {@code dayOffset} (40 in women's NIKs). */
    private static long dated(long place, LocalDate date, int dayOffset) {
        long ddmmyy = (date.getDayOfMonth() + dayOffset) * 10_000L + date.getMonthValue() * 100L + date.getYear() % 100;
        return place * 10_000_000_000L + ddmmyy * 10_000L;
    }

    /** The first number {@code dated + serial} not handed out before, serial from 0001 up as Dukcapil assigns them. */
    private long unique(long dated) {
        for (int serial = 1; serial <= 9999; serial++) {
            if (numbers.add(dated + serial)) {
                return dated + serial;
            }
        }
        throw new IllegalStateException("all 9999 serials are taken for " + dated / 10_000);
    }

    private Channel channel(String region, int index) {
        String bank = Regions.channel(region, random);
        if (bank.equals("POS")) {
            return new Channel.Pos();
        }
        StringBuilder account = new StringBuilder(20);
        for (int i = banks.lengths().get(bank) - INDEX_DIGITS; i > 0; i--) {
            account.append((char) ('0' + random.nextInt(10)));
        }
        account.append(pad(index, INDEX_DIGITS));
        String kks = random.nextInt(100) < 90 ? KKS_PREFIX.get(bank) + pad(index, 10) : null;
        return new Channel.Bank(bank, account.toString(), kks);
    }

    private int size() {
        int r = random.nextInt(100);
        return r < 8 ? 1 : r < 20 ? 2 : r < 40 ? 3 : r < 65 ? 4 : r < 83 ? 5 : r < 93 ? 6 : 7;
    }

    /** A date between {@code minYears} and {@code minYears + spanYears} years before {@link #AS_OF}. */
    private LocalDate yearsAgo(int minYears, int spanYears) {
        return AS_OF.minusDays(365L * minYears + 1 + random.nextInt(365 * spanYears));
    }

    private static int age(LocalDate born) {
        int years = AS_OF.getYear() - born.getYear();
        boolean birthdayAhead = born.getMonthValue() > AS_OF.getMonthValue()
                || born.getMonthValue() == AS_OF.getMonthValue() && born.getDayOfMonth() > AS_OF.getDayOfMonth();
        return birthdayAhead ? years - 1 : years;
    }

    private static List<Member> withStatus(List<Member> members, int at, MemberStatus status) {
        List<Member> changed = new ArrayList<>(members);
        Member m = members.get(at);
        changed.set(at, new Member(m.nik(), m.name(), m.birthDate(), status, m.component()));
        return changed;
    }

    private static String pad(long value, int width) {
        String digits = Long.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}

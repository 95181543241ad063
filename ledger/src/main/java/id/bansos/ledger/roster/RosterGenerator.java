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
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Generates a realistic synthetic DTSEN roster, deterministic for a seed: households spread over the provinces by
 * population, valid NIK structure (women's day + 40) consistent with birth dates, KK numbers by region, desil mostly
 * 1-4, PKH components from members' ages, and channels by region (BSI in Aceh, more PT Pos in the east). Streams
 * households; memory stays bounded whatever the size.
 */
public final class RosterGenerator {

    private static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);
    private static final String[] PROVINCES = {"11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32",
            "33", "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
            "81", "82", "91", "92", "94", "95", "96", "97"};
    private static final int[] WEIGHTS = {55, 154, 58, 68, 37, 88, 21, 94, 15, 22, 107, 500, 375, 37, 414, 123, 44, 56,
            56, 56, 28, 42, 39, 7, 27, 31, 94, 27, 12, 15, 19, 13, 6, 6, 10, 5, 14, 14};
    private static final int RECENT = 512;
    private static final DateTimeFormatter KK_DATE = DateTimeFormatter.ofPattern("ddMMyy");

    private final GeneratorOptions options;
    private final SplittableRandom random;
    private final LongSet niks;
    private final int totalWeight;
    private final List<HouseholdRecord> recent = new ArrayList<>();

    public RosterGenerator(GeneratorOptions options) {
        this.options = options;
        this.random = new SplittableRandom(options.seed());
        this.niks = new LongSet(Math.max(1024, options.households() * 5));
        int total = 0;
        for (int w : WEIGHTS) {
            total += w;
        }
        this.totalWeight = total;
    }

    /** Generates every household into {@code sink}; returns what was planted. */
    public PlantedCases generate(Consumer<HouseholdRecord> sink) {
        PlantedCases planted = PlantedCases.empty();
        for (int i = 1; i <= options.households(); i++) {
            HouseholdRecord household = plant(household(i), planted);
            sink.accept(household);
            if (recent.size() == RECENT) {
                recent.remove(random.nextInt(RECENT));
            }
            recent.add(household);
        }
        return planted;
    }

    private HouseholdRecord household(int index) {
        String province = province();
        String regency = String.format("%02d", 1 + random.nextInt(20));
        String district = String.format("%02d", 1 + random.nextInt(25));
        String region = province + regency + district + String.format("%04d", 2001 + random.nextInt(20));
        List<Member> members = new ArrayList<>();
        LocalDate motherBorn = AS_OF.minusDays(365L * (22 + random.nextInt(40)) + random.nextInt(365));
        Member mother = member(province + regency + district, true, motherBorn, IndonesianNames.woman(random));
        if (motherBorn.isAfter(AS_OF.minusYears(40)) && random.nextInt(100) < 6) {
            mother = withComponent(mother, PkhComponent.IBU_HAMIL);
        }
        members.add(mother);
        int size = size();
        if (size >= 2 && random.nextInt(100) < 70) {
            LocalDate born = motherBorn.minusDays(random.nextInt(365 * 6));
            members.add(member(province + regency + district, false, born, IndonesianNames.man(random)));
        }
        while (members.size() < size - (random.nextInt(100) < 15 ? 1 : 0)) {
            long motherAge = ChronoUnit.YEARS.between(motherBorn, AS_OF);
            LocalDate born = AS_OF.minusDays(random.nextInt((int) (365 * Math.min(18, motherAge - 16))));
            boolean girl = random.nextBoolean();
            members.add(member(province + regency + district, girl, born,
                    girl ? IndonesianNames.woman(random) : IndonesianNames.man(random)));
        }
        if (members.size() < size) {
            LocalDate born = AS_OF.minusDays(365L * (60 + random.nextInt(25)) + random.nextInt(365));
            members.add(member(province + regency + district, random.nextBoolean(), born, IndonesianNames.woman(random)));
        }
        boolean hasComponents = members.stream().anyMatch(m -> m.component() != null);
        List<ProgramEnrolment> programs = new ArrayList<>();
        if (hasComponents && random.nextInt(100) < 60) {
            programs.add(new ProgramEnrolment("PKH", null));
        }
        if (random.nextInt(100) < 90 || programs.isEmpty()) {
            programs.add(new ProgramEnrolment("SEMBAKO", null));
        }
        int desil = random.nextInt(100) < 95 ? 1 + random.nextInt(4) : 5 + random.nextInt(2);
        String kk = region.substring(0, 6) + AS_OF.minusDays(index / 9999 % 3650).format(KK_DATE)
                + String.format("%04d", index % 9999 + 1);
        return new HouseholdRecord(String.format("KPM%08d", index), NoKk.parse(kk), mother.nik(), mother.name(), region,
                IndonesianNames.street(random) + ", " + region.substring(0, 6), desil, channel(province, index),
                programs, members);
    }

    private HouseholdRecord plant(HouseholdRecord h, PlantedCases planted) {
        if (recent.isEmpty()) {
            return h;
        }
        List<Member> members = new ArrayList<>(h.members());
        NoKk kk = h.noKk();
        Channel channel = h.channel();
        if (random.nextDouble() < options.deceasedPengurusRate()) {
            members.set(0, withStatus(members.get(0), MemberStatus.DECEASED));
            planted.deceasedPengurus().add(h.householdId());
        } else if (members.size() > 1 && random.nextDouble() < options.deceasedMemberRate()) {
            members.set(members.size() - 1, withStatus(members.get(members.size() - 1), MemberStatus.DECEASED));
            planted.deceasedMember().add(h.householdId());
        }
        HouseholdRecord source = recent.get(random.nextInt(recent.size()));
        if (random.nextDouble() < options.duplicateNikRate() && source.members().size() > 1) {
            members.add(source.members().get(source.members().size() - 1));
            planted.duplicateNik().add(new PlantedCases.Pair(h.householdId(), source.householdId()));
        } else if (random.nextDouble() < options.duplicateKkRate()) {
            kk = source.noKk();
            planted.duplicateKk().add(new PlantedCases.Pair(h.householdId(), source.householdId()));
        } else if (random.nextDouble() < options.sharedAccountRate() && source.channel() instanceof Channel.Bank) {
            channel = source.channel();
            planted.sharedAccount().add(new PlantedCases.Pair(h.householdId(), source.householdId()));
        }
        return new HouseholdRecord(h.householdId(), kk, h.pengurusNik(), h.pengurusName(), h.regionCode(), h.address(),
                h.desil(), channel, h.programs(), members);
    }

    private Member member(String place, boolean female, LocalDate born, String name) {
        String date = String.format("%02d%02d%02d", born.getDayOfMonth() + (female ? 40 : 0), born.getMonthValue(),
                born.getYear() % 100);
        int serial = 1 + random.nextInt(9000);
        while (!niks.add(Long.parseLong(place + date + String.format("%04d", serial)))) {
            serial = serial % 9999 + 1;
        }
        long age = ChronoUnit.YEARS.between(born, AS_OF);
        PkhComponent component = age <= 6 ? PkhComponent.ANAK_USIA_DINI : age <= 12 ? PkhComponent.SD
                : age <= 15 ? PkhComponent.SMP : age <= 18 ? PkhComponent.SMA : age >= 60 ? PkhComponent.LANSIA : null;
        if (random.nextInt(100) < 2) {
            component = PkhComponent.DISABILITAS_BERAT;
        }
        return new Member(Nik.parse(place + date + String.format("%04d", serial)), name, born, MemberStatus.ALIVE, component);
    }

    private String province() {
        int pick = random.nextInt(totalWeight);
        for (int i = 0; i < WEIGHTS.length; i++) {
            pick -= WEIGHTS[i];
            if (pick < 0) {
                return PROVINCES[i];
            }
        }
        return PROVINCES[PROVINCES.length - 1];
    }

    private int size() {
        int r = random.nextInt(100);
        return r < 8 ? 1 : r < 20 ? 2 : r < 40 ? 3 : r < 65 ? 4 : r < 83 ? 5 : r < 93 ? 6 : 7;
    }

    private Channel channel(String province, int index) {
        boolean east = province.startsWith("9") || province.startsWith("8") || province.equals("53");
        if (random.nextInt(100) < (east ? 25 : 6)) {
            return new Channel.Pos();
        }
        String bank;
        int r = random.nextInt(100);
        if (province.equals("11")) {
            bank = "BSI";
        } else if (province.equals("31") || province.equals("36")) {
            bank = r < 40 ? "BNI" : r < 75 ? "MANDIRI" : r < 90 ? "BRI" : "BTN";
        } else if (province.startsWith("3")) {
            bank = r < 60 ? "BRI" : r < 80 ? "BNI" : r < 92 ? "MANDIRI" : "BTN";
        } else {
            bank = r < 50 ? "BRI" : r < 75 ? "BNI" : r < 90 ? "MANDIRI" : "BTN";
        }
        String account = switch (bank) {
            case "BRI" -> String.format("%04d01%09d", 1 + random.nextInt(9000), index);
            case "MANDIRI" -> String.format("1%03d%09d", random.nextInt(1000), index);
            case "BTN" -> String.format("00%05d%09d", random.nextInt(100000), index);
            default -> String.format("%d%09d", 1 + random.nextInt(9), index);
        };
        String kks = String.format("6013%01d%011d", 1 + random.nextInt(9), index);
        return new Channel.Bank(bank, account, kks);
    }

    private static Member withStatus(Member m, MemberStatus status) {
        return new Member(m.nik(), m.name(), m.birthDate(), status, m.component());
    }

    private static Member withComponent(Member m, PkhComponent component) {
        return new Member(m.nik(), m.name(), m.birthDate(), m.status(), component);
    }
}

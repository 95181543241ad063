package id.bansos.ledger.roster;

import java.util.List;
import java.util.SplittableRandom;

/** Given and family names for synthetic rosters. */
final class IndonesianNames {

    private static final List<String> WOMEN = List.of("Siti", "Sri", "Dewi", "Nur", "Rina", "Yuni", "Wati", "Ani",
            "Fitri", "Lestari", "Ratna", "Sumiati", "Suryani", "Endang", "Ida", "Kartini", "Murni", "Nining", "Puji",
            "Rahmawati", "Sari", "Tuti", "Umi", "Wulan", "Yanti", "Aisyah", "Fatimah", "Halimah", "Indah", "Juwita");
    private static final List<String> MEN = List.of("Budi", "Agus", "Ahmad", "Slamet", "Joko", "Hendra", "Eko", "Dedi",
            "Bambang", "Suharto", "Wahyu", "Rudi", "Yusuf", "Andi", "Bayu", "Dimas", "Fajar", "Hadi", "Iwan",
            "Kurniawan",
            "Made", "Nyoman", "Putu", "Rahmat", "Sugeng", "Teguh", "Usman", "Wawan", "Yoga", "Zainal");
    private static final List<String> FAMILY = List.of("Santoso", "Wijaya", "Saputra", "Hidayat", "Siregar",
            "Nasution", "Harahap", "Lubis", "Simanjuntak", "Pratama", "Setiawan", "Gunawan", "Kusuma", "Hutapea",
            "Sembiring", "Tarigan", "Manurung", "Rahman", "Syahputra", "Wibowo", "Nugroho", "Purnomo", "Susanto",
            "Halim", "Tanjung", "Pohan", "Daulay", "Ginting", "Sinaga", "Panjaitan");

    private static final List<String> STREETS = List.of("Jl. Melati", "Jl. Mawar", "Jl. Kenanga", "Jl. Anggrek",
            "Jl. Merdeka", "Jl. Sudirman", "Gg. Masjid", "Jl. Pahlawan", "Dusun Krajan", "Jl. Cempaka");

    private IndonesianNames() {
    }

    /** A given name and a family name for a woman or a man. */
    static String person(SplittableRandom random, boolean female) {
        List<String> given = female ? WOMEN : MEN;
        return given.get(random.nextInt(given.size())) + " " + FAMILY.get(random.nextInt(FAMILY.size()));
    }

    /** A street address with its RT/RW (neighbourhood and hamlet). */
    static String street(SplittableRandom random) {
        return STREETS.get(random.nextInt(STREETS.size())) + " No. " + (1 + random.nextInt(150)) + ", RT 0"
                + two(1 + random.nextInt(15)) + "/RW 0" + two(1 + random.nextInt(10));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}

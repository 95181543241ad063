package id.bansos.ledger.roster;

import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Where synthetic households live and which channel pays them there: provinces weighted by population (about 2023,
 * in units of 10,000 people), regency and village codes consistent with the province, and the paying bank by region —
 * BSI in Aceh, BNI and Mandiri in Jabodetabek, BRI in rural Java and most of the rest, PT Pos more often in the east.
 */
final class Regions {

    private static final String[] PROVINCES = {"11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32",
            "33", "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
            "81", "82", "91", "92", "94", "95", "96", "97"};
    private static final int[] WEIGHTS = {548, 1526, 571, 667, 367, 874, 208, 932, 150, 218, 1068, 4966, 3752, 372,
            4134, 1230, 436, 553, 550, 553, 277, 426, 395, 73, 267, 311, 935, 273, 121, 149, 188, 133, 56, 61, 106, 55,
            146, 143};
    private static final int[] CUMULATIVE = new int[WEIGHTS.length];
    private static final Set<String> BODETABEK = Set.of("3201", "3216", "3271", "3275", "3276", "3603", "3671", "3674");

    static {
        int total = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            total += WEIGHTS[i];
            CUMULATIVE[i] = total;
        }
    }

    private Regions() {
    }

    /**
     * A 10-digit kode wilayah: province, regency (cities 71-75, regencies 01-20), district, and a village (kelurahan
     * 1001-1020 in cities, desa 2001-2020 elsewhere).
     */
    static String region(SplittableRandom random) {
        int pick = random.nextInt(CUMULATIVE[CUMULATIVE.length - 1]);
        int i = Arrays.binarySearch(CUMULATIVE, pick + 1);
        String province = PROVINCES[i >= 0 ? i : -i - 1];
        int regency;
        if (province.equals("31")) {
            regency = random.nextInt(100) < 2 ? 1 : 71 + random.nextInt(5);
        } else {
            regency = random.nextInt(100) < 18 ? 71 + random.nextInt(5) : 1 + random.nextInt(20);
        }
        int district = 1 + random.nextInt(25);
        int village = (regency >= 71 ? 1001 : 2001) + random.nextInt(20);
        return province + two(regency) + two(district) + village;
    }

    /** BRI, BNI, MANDIRI, BTN, BSI or POS for a household in the region. */
    static String channel(String region, SplittableRandom random) {
        String province = region.substring(0, 2);
        if (random.nextInt(100) < (east(province) ? 25 : 6)) {
            return "POS";
        }
        if (province.equals("11")) {
            return "BSI";
        }
        int r = random.nextInt(100);
        if (province.equals("31") || BODETABEK.contains(region.substring(0, 4))) {
            return r < 40 ? "BNI" : r < 75 ? "MANDIRI" : r < 90 ? "BRI" : "BTN";
        }
        if (province.charAt(0) == '3') {
            boolean city = region.charAt(2) == '7';
            return city ? (r < 45 ? "BRI" : r < 70 ? "BNI" : r < 90 ? "MANDIRI" : "BTN")
                    : (r < 70 ? "BRI" : r < 85 ? "BNI" : r < 93 ? "MANDIRI" : "BTN");
        }
        return r < 50 ? "BRI" : r < 75 ? "BNI" : r < 90 ? "MANDIRI" : "BTN";
    }

    /** Nusa Tenggara Timur, Maluku and the Papua provinces: more 3T areas, more cash through PT Pos. */
    private static boolean east(String province) {
        return province.equals("53") || province.charAt(0) == '8' || province.charAt(0) == '9';
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}

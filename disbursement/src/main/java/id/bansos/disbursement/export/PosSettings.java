package id.bansos.disbursement.export;

import id.bansos.bank.pos.manifest.Proof;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How PT Pos payout manifests are made.
 *
 * @param cutOff          the latest time (WIB) a manifest sent today still opens collection today
 * @param collectionDays  how many days the KPM may collect, from the first day
 * @param maxLinesPerFile the most lines one manifest carries
 * @param postOffices     per regency (four digits of the kode wilayah), the paying post office's five-digit code;
 *                        a regency not listed is paid by {@code 0} followed by its four digits, which no real post
 *                        code starts with, so an unconfigured office is visible on every manifest
 * @param proof           the proof every payout needs
 */
public record PosSettings(LocalTime cutOff, int collectionDays, int maxLinesPerFile, Map<String, String> postOffices,
                          Set<Proof> proof) {

    public PosSettings {
        Objects.requireNonNull(cutOff, "PT Pos cutOff");
        if (collectionDays < 1) {
            throw new IllegalArgumentException("PT Pos collectionDays " + collectionDays + " is not >= 1");
        }
        if (maxLinesPerFile < 1) {
            throw new IllegalArgumentException("PT Pos maxLinesPerFile " + maxLinesPerFile + " is not >= 1");
        }
        postOffices = Map.copyOf(postOffices);
        postOffices.forEach((regency, office) -> {
            if (!regency.matches("[0-9]{4}") || !office.matches("[0-9]{5}")) {
                throw new IllegalArgumentException("PT Pos postOffices: '" + regency + "' -> '" + office
                        + "' is not a four-digit regency and a five-digit post office code");
            }
        });
        proof = proof == null || proof.isEmpty() ? EnumSet.allOf(Proof.class) : EnumSet.copyOf(proof);
    }

    /** The post office paying a regency. */
    public String postOffice(String regency) {
        return postOffices.getOrDefault(regency, "0" + regency);
    }
}

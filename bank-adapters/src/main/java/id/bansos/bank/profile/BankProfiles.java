package id.bansos.bank.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bansos.bank.payment.BankCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bank profiles in force: read from {@code bank-profiles.json} on the classpath, or from an external file that
 * replaces it. Every problem in the file is reported with the file, the bank and the field.
 */
public final class BankProfiles {

    /** The classpath resource holding the default profiles. */
    public static final String RESOURCE = "/bank-profiles.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    private final String source;
    private final Map<BankCode, BankProfile> profiles;

    private BankProfiles(String source, Map<BankCode, BankProfile> profiles) {
        this.source = source;
        this.profiles = profiles;
    }

    /** The default profiles from the classpath. */
    public static BankProfiles load() {
        try (InputStream in = BankProfiles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no bank profiles: " + RESOURCE + " is not on the classpath");
            }
            return read(in, "classpath:" + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * The profiles from an external file when one is named, else the default ones. A named file that does not exist is
     * an error, never a silent fallback to the defaults.
     */
    public static BankProfiles load(Path override) {
        if (override == null) {
            return load();
        }
        if (!Files.isRegularFile(override)) {
            throw new IllegalArgumentException("bank profiles file " + override + " does not exist");
        }
        try (InputStream in = Files.newInputStream(override)) {
            return read(in, override.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read bank profiles file " + override + ": " + e.getMessage(), e);
        }
    }

    /** Profiles read from JSON; {@code source} names the file in error messages. */
    public static BankProfiles read(InputStream in, String source) throws IOException {
        FileJson file;
        try {
            file = JSON.readValue(in, FileJson.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not a bank profiles file: " + e.getOriginalMessage(), e);
        }
        if (file == null || file.banks() == null || file.banks().isEmpty()) {
            throw new IllegalArgumentException(source + ": banks: at least one bank profile is required");
        }
        Map<BankCode, BankProfile> profiles = new EnumMap<>(BankCode.class);
        for (int i = 0; i < file.banks().size(); i++) {
            BankJson bank = file.banks().get(i);
            try {
                BankProfile profile = bank.toProfile();
                if (profiles.putIfAbsent(profile.code(), profile) != null) {
                    throw new IllegalArgumentException("bank " + profile.code() + " is listed twice");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": banks[" + i + "]: " + e.getMessage(), e);
            }
        }
        return new BankProfiles(source, Map.copyOf(profiles));
    }

    /** Where the profiles were read from. */
    public String source() {
        return source;
    }

    /** The profile of a bank, or an error naming the file that lacks it. */
    public BankProfile profile(BankCode bank) {
        return find(bank).orElseThrow(() -> new IllegalArgumentException("no bank profile for " + bank + " in "
                + source));
    }

    /** The profile of a bank, if the file has one. */
    public Optional<BankProfile> find(BankCode bank) {
        return Optional.ofNullable(profiles.get(bank));
    }

    /** All profiles, in {@link BankCode} order. */
    public List<BankProfile> all() {
        return profiles.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
    }

    /** The holding accounts still marked as placeholders, as {@code BANK/PROGRAM}, for a warning at start-up. */
    public List<String> placeholderAccounts() {
        List<String> placeholders = new ArrayList<>();
        for (BankProfile profile : all()) {
            profile.holdingAccounts().entrySet().stream().filter(e -> e.getValue().placeholder())
                    .map(e -> profile.code() + "/" + e.getKey()).sorted().forEach(placeholders::add);
        }
        return placeholders;
    }

    record FileJson(String note, List<BankJson> banks) {
    }

    record BankJson(String code, String name, String bic, Map<String, BankProfile.HoldingAccount> holdingAccounts,
                    Integer accountNumberLength, Integer maxTransactionsPerFile, String serviceLevel,
                    Boolean batchBooking, List<String> inboundFormats, String mt940Dialect, String outboundFileName,
                    String cutOff) {

        BankProfile toProfile() {
            BankCode bank = BankCode.of(code);
            String prefix = "bank " + bank + ": ";
            return new BankProfile(bank, name, bic, holdingAccounts,
                    required(accountNumberLength, prefix + "accountNumberLength"),
                    required(maxTransactionsPerFile, prefix + "maxTransactionsPerFile"), serviceLevel,
                    required(batchBooking, prefix + "batchBooking"), inboundFormats, mt940Dialect, outboundFileName,
                    time(cutOff, prefix + "cutOff"));
        }

        private static <T> T required(T value, String field) {
            if (value == null) {
                throw new IllegalArgumentException(field + " is required");
            }
            return value;
        }

        private static LocalTime time(String value, String field) {
            required(value, field);
            try {
                return LocalTime.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(field + " '" + value + "' is not a time HH:mm (WIB)", e);
            }
        }
    }
}

package id.bansos.ledger.program;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One year's program rules, loaded from a data file {@code program-rules/YYYY.json} (on the classpath, or in a
 * directory that overrides it), never from code.
 *
 * @param version the rule version every entitlement computed under these rules names
 * @param source  where the figures come from
 */
public record ProgramRules(int year, String version, String source, List<ProgramRule> programs) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public ProgramRules {
        programs = List.copyOf(programs);
    }

    /** The rules for a year from the classpath; fails with "no program rules for YYYY" when there is no file. */
    public static ProgramRules load(int year) {
        return load(year, null);
    }

    /** The rules for a year: from {@code directory/YYYY.json} when that file exists, else from the classpath. */
    public static ProgramRules load(int year, Path directory) {
        Path external = directory == null ? null : directory.resolve(year + ".json");
        try (InputStream in = external != null && Files.exists(external) ? Files.newInputStream(external)
                : ProgramRules.class.getResourceAsStream("/program-rules/" + year + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no program rules for " + year + ": add program-rules/" + year
                        + ".json");
            }
            ProgramRules rules = JSON.readValue(in, ProgramRules.class);
            if (rules.year() != year) {
                throw new IllegalArgumentException("program rules file for " + year + " says year " + rules.year());
            }
            rules.programs().forEach(p -> p.validate(year));
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read program rules for " + year + ": " + e.getMessage(), e);
        }
    }

    /** The rule of one program, if the year has it. */
    public Optional<ProgramRule> program(String code) {
        return programs.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** Whether a program pays in the given month of this year. */
    public boolean pays(String code, YearMonth period) {
        return period.getYear() == year && program(code).map(p -> p.paymentMonths().contains(period.getMonthValue()))
                .orElse(false);
    }
}

package id.bansos.app.kpm;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Roster and rule settings.
 *
 * @param programRulesDir a directory whose {@code YYYY.json} files override the built-in program rules (optional)
 * @param accountLengths  account-number length per bank code; empty means BRI 15, BNI 10, MANDIRI 13, BTN 16, BSI 10
 * @param chunkSize       households per unit of work during an import
 * @param workers         chunks an import keeps in flight at once
 */
@ConfigurationProperties("bansos.roster")
public record RosterProperties(Path programRulesDir, Map<String, Integer> accountLengths, Integer chunkSize,
                               Integer workers) {

    public RosterProperties {
        accountLengths = accountLengths == null ? Map.of() : Map.copyOf(accountLengths);
        chunkSize = chunkSize == null ? 500 : chunkSize;
        workers = workers == null ? 1 : workers;
    }
}

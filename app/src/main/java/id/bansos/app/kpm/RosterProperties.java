package id.bansos.app.kpm;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Roster and rule settings.
 *
 * @param programRulesDir a directory whose {@code YYYY.json} files override the built-in program rules (optional)
 * @param chunkSize       households per unit of work during an import
 * @param workers         chunks an import keeps in flight at once
 */
@ConfigurationProperties("bansos.roster")
public record RosterProperties(Path programRulesDir, Integer chunkSize, Integer workers) {

    public RosterProperties {
        chunkSize = chunkSize == null ? 500 : chunkSize;
        workers = workers == null ? 1 : workers;
    }
}

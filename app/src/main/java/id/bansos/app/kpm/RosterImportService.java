package id.bansos.app.kpm;

import id.bansos.ledger.kpm.axon.RosterImporter;
import id.bansos.ledger.kpm.readmodel.RosterImports;
import id.bansos.ledger.program.RuleBasedEntitlements;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.ledger.roster.BankAccountRules;
import id.bansos.ledger.roster.RosterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import org.springframework.stereotype.Service;

/**
 * Imports a roster file: hashes it, reads it against the program rules and bank settings, waits for the read
 * models.
 */
@Service
public class RosterImportService {

    private final RosterImporter importer;
    private final RuleBasedEntitlements rules;
    private final BankAccountRules banks;
    private final ReadModels readModels;
    private final RosterProperties properties;

    public RosterImportService(RosterImporter importer, RuleBasedEntitlements rules, BankAccountRules banks,
                               ReadModels readModels, RosterProperties properties) {
        this.importer = importer;
        this.rules = rules;
        this.banks = banks;
        this.readModels = readModels;
        this.properties = properties;
    }

    /** The payment month of the tahap in progress: the first month of the current quarter. */
    public static YearMonth currentTahap(LocalDate today) {
        int month = ((today.getMonthValue() - 1) / 3) * 3 + 1;
        return YearMonth.of(today.getYear(), month);
    }

    /** Imports the file for the period; returns what it did once the read models show it. */
    public RosterImports.Summary importFile(Path file, YearMonth period, String actingUser, boolean allOrNothing,
                                            boolean partial, boolean allowMassDrop, RosterImporter.Progress progress) {
        rules.rules(period.getYear());
        RosterReader reader = new RosterReader(file, banks, rules.programCodes(period.getYear()));
        RosterImporter.Options options = new RosterImporter.Options(period, actingUser, allOrNothing, partial,
                allowMassDrop, properties.chunkSize(), properties.workers());
        RosterImports.Summary summary = importer.run(reader, file.getFileName().toString(), sha256(file), options,
                progress);
        readModels.awaitCaughtUp(Duration.ofMinutes(30));
        return summary;
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package id.bansos.app.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.bansos.bank.exchange.StagingFolder;
import id.bansos.bank.inspect.InboundFormat;
import id.bansos.bank.inspect.InspectionReport;
import id.bansos.bank.inspect.StatementInspector;
import id.bansos.bank.payment.BankCode;
import id.bansos.bank.payment.DigestingOutputStream;
import id.bansos.bank.profile.BankProfile;
import id.bansos.bank.profile.BankProfiles;
import id.bansos.bank.statement.Problem;
import id.bansos.bank.statement.Severity;
import id.bansos.bank.statement.StatementSequenceTracker;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Receives the files banks and PT Pos send back. Each is stored as received under its SHA-256 and read whole; a file
 * with an error, in a format its bank does not send (every bank sends claim reports; PT Pos only payout reports), or
 * for an account that is not the bank's holding account is
 * quarantined with the reason (element or line, and field), copied to {@code <root>/quarantine/<CHANNEL>/} beside a
 * {@code .reason.txt}. The same bytes again are recognised, logged as a repeat, and change nothing. A file's record —
 * its row, its receipt and its statements' numbers — is written in one transaction, so that a process killed while
 * receiving leaves either all of it or nothing (and the file is received whole when it comes again); a quarantine
 * copy missing after such a kill is made when the file comes again.
 */
public class Intake {

    private static final int REASONS_SHOWN = 10;
    private static final int PROBLEM_CHARS = 360;
    private static final Pattern JSON_NUL = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u0000");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;
    private final Path root;
    private final BankProfiles banks;
    private final long maxBytes;
    private final StatementInspector inspector = new StatementInspector();
    private final StagingFolder staging;

    /**
     * @param root     the exchange root; files are stored in {@code received/} and quarantined in {@code quarantine/}
     * @param maxBytes the largest file accepted
     */
    public Intake(Jdbi jdbi, Path root, BankProfiles banks, long maxBytes) {
        this.jdbi = jdbi;
        this.root = root.toAbsolutePath().normalize();
        this.banks = banks;
        this.maxBytes = maxBytes;
        this.staging = new StagingFolder(this.root.resolve("received").resolve(".staging"));
    }

    /**
     * Receives one file.
     *
     * @param channel  the bank ({@code BRI} … {@code BSI}) or {@code POS} that sent it
     * @param fileName its name as sent (only its last path element is kept)
     * @param via      how it came: {@code FOLDER}, {@code API} or {@code CLI}
     * @param by       who delivered it
     * @throws IllegalArgumentException for an unknown channel, an empty name, or a file larger than the limit
     */
    public InboundFile receive(String channel, String fileName, InputStream content, String via, String by)
            throws IOException {
        String sender = checkedChannel(channel);
        String name = baseName(fileName);
        Path staged = stage(content);
        try {
            String sha256 = DigestingOutputStream.sha256(staged);
            Optional<InboundFile> known = find(sha256);
            if (known.isPresent()) {
                jdbi.useHandle(h -> receipt(h, sha256, sender, name, via, by, true));
                if ("QUARANTINED".equals(known.get().status())) {
                    quarantine(known.get(), Path.of(known.get().storedPath()), known.get().reason());
                }
                return known.get().asRepeat();
            }
            Path stored = Files.createDirectories(root.resolve("received").resolve(sender)).resolve(sha256);
            Files.move(staged, stored, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Reading reading = read(sender, stored);
            InboundFile recorded = jdbi.inTransaction(h -> {
                Optional<InboundFile> inserted = insert(h, sha256, sender, name, stored, via, by, reading);
                receipt(h, sha256, sender, name, via, by, inserted.isEmpty());
                if (inserted.isEmpty()) {
                    return find(h, sha256).orElseThrow().asRepeat();
                }
                if (reading.reason() == null && reading.report() != null) {
                    rememberNumbers(h, inserted.get(), reading.report());
                }
                return inserted.get();
            });
            if (!recorded.repeat() && reading.reason() != null) {
                quarantine(recorded, stored, reading.reason());
            }
            return recorded;
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /** The recorded file with that SHA-256. */
    public Optional<InboundFile> find(String sha256) {
        return jdbi.withHandle(h -> find(h, sha256));
    }

    private static Optional<InboundFile> find(Handle h, String sha256) {
        return h.createQuery("SELECT *, false AS repeat FROM inbound_file WHERE sha256 = :sha")
                .bind("sha", sha256).map(Intake::row).findOne();
    }

    /** A channel's received files, newest first. */
    public List<InboundFile> list(String channel) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT *, false AS repeat FROM inbound_file WHERE channel = :c
                        ORDER BY received_at DESC, id DESC""")
                .bind("c", checkedChannel(channel)).map(Intake::row).list());
    }

    private String reason(String channel, InspectionReport report) {
        List<String> reasons = new ArrayList<>();
        for (Problem p : report.problems()) {
            if (p.severity() == Severity.ERROR && reasons.size() < REASONS_SHOWN) {
                reasons.add(describe(p));
            }
        }
        long errors = report.count(Severity.ERROR);
        if (errors > REASONS_SHOWN) {
            reasons.add("and " + (errors - REASONS_SHOWN) + " more errors");
        }
        if (!reasons.isEmpty()) {
            return String.join("; ", reasons);
        }
        if (channel.equals("POS")) {
            return report.family() == InboundFormat.Family.POS_PAYOUT_REPORT ? null
                    : "PT Pos sends payout reports; this is " + report.format();
        }
        if (report.family() == InboundFormat.Family.CLAIM_REPORT) {
            return null;
        }
        BankProfile bank = banks.profile(BankCode.of(channel));
        if (bank.inboundFormats().stream().noneMatch(f -> sameFormat(report.format(), f))) {
            return channel + " sends " + String.join(", ", bank.inboundFormats()) + "; this is " + report.format();
        }
        Set<String> holding = bank.holdingAccounts().values().stream().map(BankProfile.HoldingAccount::accountNumber)
                .collect(Collectors.toSet());
        List<String> foreign = report.accounts().stream().filter(a -> !holding.contains(a)).toList();
        if (!foreign.isEmpty()) {
            return "account " + foreign.get(0) + " is not a bansos holding account at " + channel;
        }
        return null;
    }

    /** What the statements' numbers say against those received before for the same accounts and format. */
    private List<Problem> numbering(String channel, InspectionReport report) {
        String family = family(report.format());
        List<String> accounts = report.statements().stream().map(InspectionReport.StatementSummary::account)
                .filter(a -> a != null).distinct().toList();
        if (accounts.isEmpty()) {
            return List.of();
        }
        List<StatementSequenceTracker.Seen> seen = jdbi.withHandle(h -> h.createQuery("""
                        SELECT account, sequence, page FROM inbound_statement
                        WHERE channel = :channel AND family = :family AND account IN (<accounts>)""")
                .bind("channel", channel).bind("family", family).bindList("accounts", accounts)
                .map((rs, ctx) -> new StatementSequenceTracker.Seen(rs.getString(1), rs.getLong(2),
                        rs.getInt(3) == 0 ? null : rs.getInt(3)))
                .list());
        StatementSequenceTracker tracker = new StatementSequenceTracker(seen);
        List<Problem> problems = new ArrayList<>();
        for (InspectionReport.StatementSummary s : report.statements()) {
            problems.addAll(tracker.observe(s.account(), s.sequenceNumber(), s.page(), "statement " + s.statementId()));
        }
        return problems;
    }

    private static void rememberNumbers(Handle h, InboundFile file, InspectionReport report) {
        String family = family(report.format());
        for (InspectionReport.StatementSummary s : report.statements()) {
            if (s.account() != null && s.sequenceNumber() != null && s.sequenceNumber() != 0) {
                h.createUpdate("""
                                INSERT INTO inbound_statement (channel, account, family, sequence, page, inbound_id)
                                VALUES (:channel, :account, :family, :sequence, :page, :id) ON CONFLICT DO NOTHING""")
                        .bind("channel", file.channel()).bind("account", s.account()).bind("family", family)
                        .bind("sequence", s.sequenceNumber()).bind("page", s.page() == null ? 0 : s.page())
                        .bind("id", file.id()).execute();
            }
        }
    }

    private static String family(String format) {
        int dot = format.indexOf('.', format.indexOf('.') + 1);
        return format.startsWith("MT9") ? format.substring(0, 5) : dot > 0 ? format.substring(0, dot) : format;
    }

    private static boolean sameFormat(String read, String configured) {
        return read.equals(configured) || read.startsWith(configured + " ") || read.startsWith(configured + ".");
    }

    private static String describe(Problem p) {
        String where = p.location().isEmpty() ? "" : p.location() + ": ";
        String field = p.field() == null || p.field().isEmpty() ? "" : p.field() + ": ";
        return storable(where + field + p.message(), PROBLEM_CHARS);
    }

    /**
     * Text as a column of {@code max} characters can hold it: a NUL (which PostgreSQL text cannot hold) becomes
     * U+FFFD, and what is too long is cut with an ellipsis. The whole text is still in the stored file.
     */
    private static String storable(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.replace('\0', '\uFFFD');
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "\u2026";
    }

    /** The report as a JSONB column can hold it: an escaped NUL, which PostgreSQL refuses, becomes U+FFFD. */
    private static String storableJson(String json) {
        return JSON_NUL.matcher(json).replaceAll("$1\\\\uFFFD");
    }

    private Reading read(String channel, Path stored) throws IOException {
        long size = Files.size(stored);
        InspectionReport report;
        try {
            report = inspector.inspect(stored, true);
        } catch (RuntimeException e) {
            String reason = "the file could not be read: " + e.getMessage();
            return new Reading(size, null, null, null, reason, JSON.writeValueAsString(Map.of("error", reason)), null,
                    null);
        }
        String reason = reason(channel, report);
        List<Problem> numbering = reason == null ? numbering(channel, report) : List.of();
        String repeated = numbering.stream().filter(p -> p.severity() == Severity.ERROR).map(Intake::describe)
                .collect(Collectors.joining("; "));
        String gaps = numbering.stream().filter(p -> p.severity() != Severity.ERROR).map(Intake::describe)
                .collect(Collectors.joining("; "));
        return new Reading(size, report.format(), report.messageId(), report.entryCount(),
                repeated.isEmpty() ? reason : repeated, report.toJson(), gaps.isEmpty() ? null : gaps, report);
    }

    /** What reading a stored file gave; {@code note} holds warnings that do not refuse it (a numbering gap). */
    private record Reading(long size, String format, String messageId, Long entries, String reason, String json,
                           String note, InspectionReport report) {
    }

    private static Optional<InboundFile> insert(Handle h, String sha256, String channel, String name, Path stored,
                                                String via, String by, Reading reading) {
        return h.createQuery("""
                        INSERT INTO inbound_file (sha256, channel, file_name, size_bytes, stored_path, received_via,
                            received_by, received_at, format, message_id, entry_count, status, reason, report,
                            intake_note)
                        VALUES (:sha, :channel, :name, :size, :path, :via, :by, :at, :format, :msgId, :entries,
                            :status, :reason, CAST(:report AS JSONB), :note)
                        ON CONFLICT (sha256) DO NOTHING
                        RETURNING *, false AS repeat""")
                .bind("sha", sha256).bind("channel", channel).bind("name", name).bind("size", reading.size())
                .bind("path", stored.toString()).bind("via", via).bind("by", by)
                .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).bind("format", storable(reading.format(), 64))
                .bind("msgId", storable(reading.messageId(), 140)).bind("entries", reading.entries())
                .bind("status", reading.reason() == null ? "ACCEPTED" : "QUARANTINED")
                .bind("reason", storable(reading.reason(), 4000)).bind("report", storableJson(reading.json()))
                .bind("note", storable(reading.note(), 2000))
                .map(Intake::row).findOne();
    }

    private static void receipt(Handle h, String sha256, String channel, String name, String via, String by,
                                boolean repeat) {
        h.createUpdate("""
                        INSERT INTO inbound_receipt (sha256, channel, file_name, received_via, received_by, received_at,
                            repeat) VALUES (:sha, :channel, :name, :via, :by, :at, :repeat)""")
                .bind("sha", sha256).bind("channel", channel).bind("name", name).bind("via", via).bind("by", by)
                .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).bind("repeat", repeat).execute();
    }

    private void quarantine(InboundFile file, Path stored, String reason) throws IOException {
        Path folder = Files.createDirectories(root.resolve("quarantine").resolve(file.channel()));
        String name = file.id() + "-" + file.fileName();
        if (Files.exists(folder.resolve(name + ".reason.txt"))) {
            return;
        }
        Files.copy(stored, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(folder.resolve(name + ".reason.txt"), reason + System.lineSeparator(),
                StandardCharsets.UTF_8);
    }

    private Path stage(InputStream content) throws IOException {
        staging.sweep();
        Path staged = staging.create("inbound-", ".part");
        try (OutputStream out = Files.newOutputStream(staged)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new IllegalArgumentException("the file is larger than the " + maxBytes + " bytes accepted");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(staged);
            throw e;
        }
        return staged;
    }

    private static String checkedChannel(String channel) {
        if ("POS".equals(channel)) {
            return channel;
        }
        return BankCode.of(channel).name();
    }

    private static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            throw new IllegalArgumentException("the file needs a name");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static InboundFile row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new InboundFile(rs.getLong("id"), rs.getString("sha256"), rs.getString("channel"),
                rs.getString("file_name"), rs.getLong("size_bytes"), rs.getString("stored_path"),
                rs.getString("received_via"), rs.getString("received_by"),
                rs.getObject("received_at", OffsetDateTime.class), rs.getString("format"), rs.getString("message_id"),
                rs.getObject("entry_count", Long.class), rs.getString("status"), rs.getString("reason"),
                rs.getString("intake_note"), rs.getBoolean("repeat"));
    }
}

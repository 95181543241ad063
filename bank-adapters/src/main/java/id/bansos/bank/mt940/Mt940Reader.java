package id.bansos.bank.mt940;

import id.bansos.bank.statement.ProblemLog;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.Statement;
import id.bansos.bank.statement.StatementLine;
import id.bansos.bank.statement.StatementReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads MT940 customer statements and MT942 interim reports: every message of a file, with or without SWIFT headers,
 * in the {@linkplain Mt940Dialect dialect} found at the start of the file. Each {@code :61:} becomes a line, with the
 * {@code :86:} that follows it as its narrative; field values are parsed with Prowide Core's {@code Field61} and
 * balance fields. Each message is checked: {@code :60F:}/{@code :60M:} + entries = {@code :62F:}/{@code :62M:},
 * MT942 {@code :90D:}/{@code :90C:} against its entries, whole rupiah, IDR in strict mode. Messages are read one at
 * a time.
 */
public final class Mt940Reader {

    private static final int SNIFF_CHARS = 16 * 1024;

    private final ReadOptions options;

    public Mt940Reader(ReadOptions options) {
        this.options = options;
    }

    /** Reads a file and keeps every line. */
    public StatementReport read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads a stream and keeps every line. */
    public StatementReport read(InputStream in) throws IOException {
        return read(in, line -> { }, true);
    }

    /**
     * Reads a stream and hands every line to {@code sink} as soon as its message is read, keeping only totals. The
     * lines of a document that turns out {@linkplain StatementReport#refused() refused} must not be used.
     */
    public StatementReport stream(InputStream in, Consumer<StatementLine> sink) throws IOException {
        return read(in, sink, false);
    }

    private StatementReport read(InputStream in, Consumer<StatementLine> sink, boolean keepLines) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
        Mt940Dialect dialect = sniff(reader);
        ProblemLog log = options.newProblemLog();
        Mt940Splitter splitter = new Mt940Splitter(reader);
        Mt940MessageReader messages = new Mt940MessageReader(dialect, options, log, sink, keepLines);
        List<Statement> statements = new ArrayList<>();
        String messageId = null;
        boolean interim = false;
        for (Mt940Splitter.Message m = splitter.next(); m != null; m = splitter.next()) {
            Statement statement = messages.read(m);
            interim |= Mt940MessageReader.interim(m);
            messageId = messageId == null ? statement.statementId() : messageId;
            statements.add(statement);
        }
        if (splitter.outsideLines() > 0) {
            log.info("line " + splitter.firstOutsideLine(), null, splitter.outsideLines()
                    + " line(s) outside any message ignored");
        }
        if (statements.isEmpty()) {
            log.error("line 1", ":20:", "no MT940/MT942 message found (no :20: and no {4: block)");
        }
        String type = interim ? "MT942" : "MT940";
        String format = dialect == Mt940Dialect.STANDARD ? type : type + " (" + dialect.label() + ")";
        return new StatementReport(format, messageId, statements, log.problems());
    }

    private static Mt940Dialect sniff(BufferedReader reader) throws IOException {
        reader.mark(SNIFF_CHARS);
        char[] head = new char[SNIFF_CHARS];
        int n = 0;
        int read;
        while (n < SNIFF_CHARS && (read = reader.read(head, n, SNIFF_CHARS - n)) >= 0) {
            n += read;
        }
        reader.reset();
        return Mt940Dialect.detect(new String(head, 0, n));
    }
}

package id.bansos.bank.camt;

import id.bansos.bank.statement.ProblemLog;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.Statement;
import id.bansos.bank.statement.StatementLine;
import id.bansos.bank.statement.StatementReport;
import id.bansos.bank.xml.IsoDocumentStart;
import id.bansos.bank.xml.IsoMessageName;
import id.bansos.bank.xml.SecureXml;
import id.bansos.bank.xml.XmlCursor;
import id.bansos.bank.xml.XmlReadException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads camt.053 (bank-to-customer statement) and camt.054 (debit/credit notification) messages of any version with
 * the common element names (tested: .001.02, .001.04, .001.07, .001.08), bare or inside a Swift {@code Envelope},
 * a {@code <message>} root or next to an {@code AppHdr}. Several {@code Stmt}/{@code Ntfctn} per message are read.
 *
 * <p>The file is streamed with the hardened StAX reader of {@link SecureXml}: one entry (and within an entry one
 * {@code TxDtls}) is in memory at a time, so a million entries read in a small heap. Each statement is checked as it
 * ends: opening + credits − debits = closing, the transaction summary, currencies and whole rupiah (see
 * {@link ReadOptions}).
 */
public final class CamtReader {

    private static final Set<Integer> TESTED_VERSIONS = Set.of(2, 4, 7, 8);

    private final ReadOptions options;

    public CamtReader(ReadOptions options) {
        this.options = options;
    }

    /** Reads a file and keeps every line. */
    public StatementReport read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in);
        }
    }

    /** Reads a stream and keeps every line. */
    public StatementReport read(InputStream in) {
        return read(in, line -> { }, true);
    }

    /**
     * Reads a stream and hands every line to {@code sink} as soon as it is read, keeping only the statements' totals.
     * The lines of a document that turns out {@linkplain StatementReport#refused() refused} must not be used.
     */
    public StatementReport stream(InputStream in, Consumer<StatementLine> sink) {
        return read(in, sink, false);
    }

    private StatementReport read(InputStream in, Consumer<StatementLine> sink, boolean keepLines) {
        ProblemLog log = options.newProblemLog();
        List<Statement> statements = new ArrayList<>();
        String format = "camt";
        String messageId = null;
        try (XmlCursor cursor = SecureXml.open(in, options.xmlLimits())) {
            IsoDocumentStart document = IsoDocumentStart.find(cursor);
            Statement.Kind kind = kind(document, log);
            format = formatName(document, kind);
            if (kind == null) {
                return new StatementReport(format, null, List.of(), log.problems());
            }
            String statementElement = kind == Statement.Kind.STATEMENT ? "Stmt" : "Ntfctn";
            CamtStatementReader statementReader = new CamtStatementReader(cursor, kind, options, log, sink,
                    keepLines);
            int depth = cursor.depth();
            while (cursor.nextChild(depth)) {
                String name = cursor.localName();
                if (name.equals("GrpHdr")) {
                    messageId = cursor.readNode().text("MsgId");
                } else if (name.equals(statementElement)) {
                    statements.add(statementReader.read(statementElement + "[" + (statements.size() + 1) + "]"));
                } else {
                    cursor.skip();
                }
            }
            if (messageId == null) {
                log.warning(document.rootElement(), "GrpHdr/MsgId", "the message has no id");
            }
            if (statements.isEmpty()) {
                log.warning(document.rootElement(), statementElement, "the message holds no " + statementElement);
            }
        } catch (XmlReadException e) {
            log.error(e.location(), lastElement(e.elementPath()), e.reason());
        }
        return new StatementReport(format, messageId, statements, log.problems());
    }

    private Statement.Kind kind(IsoDocumentStart document, ProblemLog log) {
        String where = "Document (line " + document.line() + ")";
        IsoMessageName message = document.message();
        Statement.Kind byRoot = switch (document.rootElement()) {
            case "BkToCstmrStmt" -> Statement.Kind.STATEMENT;
            case "BkToCstmrDbtCdtNtfctn" -> Statement.Kind.NOTIFICATION;
            default -> null;
        };
        if (message == null) {
            if (document.namespace().isEmpty() && byRoot != null) {
                log.warning(where, "xmlns", "the Document has no namespace; read as " + formatName(document, byRoot)
                        + " from its root element <" + document.rootElement() + ">");
                return byRoot;
            }
            log.error(where, "xmlns", "the Document namespace '" + document.namespace()
                    + "' is not an ISO 20022 camt.053 or camt.054 namespace");
            return null;
        }
        Statement.Kind byName = switch (message.type()) {
            case "camt.053" -> Statement.Kind.STATEMENT;
            case "camt.054" -> Statement.Kind.NOTIFICATION;
            default -> null;
        };
        if (byName == null) {
            log.error(where, "xmlns", "expected camt.053 or camt.054, found " + message.name());
            return null;
        }
        if (byName != byRoot) {
            log.error(where, document.rootElement(), message.name() + " cannot hold <" + document.rootElement() + ">");
            return null;
        }
        if (!TESTED_VERSIONS.contains(message.version())) {
            log.info(where, "xmlns", message.name() + " is read by the element names it shares with versions"
                    + " .02, .04, .07 and .08");
        }
        if (document.appHdrMessage() != null && !document.appHdrMessage().equals(message.name())) {
            log.warning(where, "AppHdr/MsgDefIdr", "the header names " + document.appHdrMessage()
                    + " but the Document is " + message.name());
        }
        return byName;
    }

    private static String formatName(IsoDocumentStart document, Statement.Kind kind) {
        if (document.message() != null) {
            return document.message().name();
        }
        if (kind == null) {
            return document.describe();
        }
        return (kind == Statement.Kind.STATEMENT ? "camt.053" : "camt.054") + " (no namespace)";
    }

    static String lastElement(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }
}

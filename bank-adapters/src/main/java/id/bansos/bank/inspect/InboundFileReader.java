package id.bansos.bank.inspect;

import id.bansos.bank.camt.CamtReader;
import id.bansos.bank.claim.ClaimReportReader;
import id.bansos.bank.mt940.Mt940Reader;
import id.bansos.bank.pain002.Pain002Reader;
import id.bansos.bank.pos.PosPayoutReportReader;
import id.bansos.bank.statement.ClaimLine;
import id.bansos.bank.statement.InboundDocument;
import id.bansos.bank.statement.NotAStatement;
import id.bansos.bank.statement.PosPayoutLine;
import id.bansos.bank.statement.Problem;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.StatementLine;
import id.bansos.bank.xml.IsoDocumentStart;
import id.bansos.bank.xml.SecureXml;
import id.bansos.bank.xml.XmlCursor;
import id.bansos.bank.xml.XmlReadException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads any inbound file with the reader its {@linkplain InboundFormatDetector detected format} calls for. A pain.001
 * is named and described, not read; a file not recognised comes back as a {@link NotAStatement} with an error.
 */
public final class InboundFileReader {

    private final ReadOptions options;
    private final InboundFormatDetector detector = new InboundFormatDetector();

    public InboundFileReader(ReadOptions options) {
        this.options = options;
    }

    /** Detects and reads a file, keeping every line. */
    public InboundDocument read(Path file) throws IOException {
        return read(file, detector.detect(file), Sinks.NONE, true);
    }

    /**
     * Where streamed lines go, by kind of file.
     *
     * @param statementLines lines of camt.053, camt.054, MT940 and MT942 statements
     * @param payoutLines    lines of PT Pos payout reports
     * @param claimLines     lines of bank claim (withdrawal) reports
     */
    public record Sinks(Consumer<StatementLine> statementLines, Consumer<PosPayoutLine> payoutLines,
                        Consumer<ClaimLine> claimLines) {

        /** Every line dropped: only the totals are kept. */
        public static final Sinks NONE = new Sinks(line -> { }, line -> { }, line -> { });
    }

    /**
     * Detects and reads a file, handing its lines to the sinks as they are read and keeping only totals. Status
     * reports are small and always kept whole.
     */
    public InboundDocument stream(Path file, Sinks sinks) throws IOException {
        return read(file, detector.detect(file), sinks, false);
    }

    InboundDocument read(Path file, InboundFormat format, Sinks sinks, boolean keepLines) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return switch (format.family()) {
                case PAIN_002 -> new Pain002Reader(options).read(in);
                case CAMT_053, CAMT_054 -> keepLines ? new CamtReader(options).read(in)
                        : new CamtReader(options).stream(in, sinks.statementLines());
                case MT940, MT942 -> keepLines ? new Mt940Reader(options).read(in)
                        : new Mt940Reader(options).stream(in, sinks.statementLines());
                case POS_PAYOUT_REPORT -> keepLines ? new PosPayoutReportReader(options).read(in)
                        : new PosPayoutReportReader(options).stream(in, sinks.payoutLines());
                case CLAIM_REPORT -> keepLines ? new ClaimReportReader(options).read(in)
                        : new ClaimReportReader(options).stream(in, sinks.claimLines());
                case PAIN_001 -> new NotAStatement(format.name(), messageId(in), format.name() + " — "
                        + format.family().description(), List.of());
                case UNKNOWN -> new NotAStatement(format.name(), null, format.family().description(),
                        List.of(Problem.error("", null, format.reason())));
            };
        }
    }

    private String messageId(InputStream in) {
        try (XmlCursor cursor = SecureXml.open(in, options.xmlLimits())) {
            IsoDocumentStart document = IsoDocumentStart.find(cursor);
            boolean header = cursor.nextChild(document.rootDepth()) && cursor.localName().equals("GrpHdr");
            return header ? cursor.readNode().text("MsgId") : null;
        } catch (XmlReadException e) {
            return null;
        }
    }
}

package id.bansos.bank.inspect;

import id.bansos.bank.claim.ClaimReportReader;
import id.bansos.bank.mt940.Mt940Dialect;
import id.bansos.bank.pos.PosPayoutReportReader;
import id.bansos.bank.statement.ClaimReport;
import id.bansos.bank.statement.PosPayoutReport;
import id.bansos.bank.xml.IsoDocumentStart;
import id.bansos.bank.xml.IsoMessageName;
import id.bansos.bank.xml.SecureXml;
import id.bansos.bank.xml.XmlCursor;
import id.bansos.bank.xml.XmlLimits;
import id.bansos.bank.xml.XmlReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells what an inbound file is from its first 64 KiB: an XML file by the namespace of its ISO 20022
 * {@code Document} (found through any wrapper, with the same hardened reader as the readers), an MT940/MT942 by its
 * {@code {1:}} block or a {@code :20:} line, a PT Pos payout report or a bank claim report by its header row.
 */
public final class InboundFormatDetector {

    /** How much of a file is looked at. */
    public static final int SNIFF_BYTES = 64 * 1024;

    private static final Pattern MT_START = Pattern.compile("(?m)^\\s*(\\{1:|:20:)");
    private static final Pattern MT942_TAGS = Pattern.compile("(?m)^\\s*:(34F|13D|90D|90C):");
    private static final Pattern MT942_BLOCK2 = Pattern.compile("\\{2:[IO]?942");

    /** Looks at the start of a file. */
    public InboundFormat detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in.readNBytes(SNIFF_BYTES));
        }
    }

    /** Looks at the first bytes of a file (up to {@link #SNIFF_BYTES} are used). */
    public InboundFormat detect(byte[] head) {
        byte[] bytes = head.length > SNIFF_BYTES ? Arrays.copyOf(head, SNIFF_BYTES) : head;
        String text = new String(bytes, StandardCharsets.UTF_8);
        String start = text.startsWith("\uFEFF") ? text.substring(1).stripLeading() : text.stripLeading();
        if (start.isEmpty()) {
            return InboundFormat.unknown("empty", "the file is empty");
        }
        if (start.startsWith("<")) {
            return xml(bytes);
        }
        if (MT_START.matcher(text).find()) {
            boolean interim = MT942_BLOCK2.matcher(text).find() || MT942_TAGS.matcher(text).find();
            Mt940Dialect dialect = Mt940Dialect.detect(text);
            String type = interim ? "MT942" : "MT940";
            return new InboundFormat(interim ? InboundFormat.Family.MT942 : InboundFormat.Family.MT940,
                    dialect == Mt940Dialect.STANDARD ? type : type + " (" + dialect.label() + ")", dialect, null);
        }
        String header = start.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        List<String> columns = Arrays.stream(header.split(",")).map(String::strip).toList();
        if (columns.containsAll(PosPayoutReportReader.COLUMNS.subList(0, 4))) {
            return new InboundFormat(InboundFormat.Family.POS_PAYOUT_REPORT, PosPayoutReport.FORMAT, null, null);
        }
        if (columns.containsAll(ClaimReportReader.COLUMNS)) {
            return new InboundFormat(InboundFormat.Family.CLAIM_REPORT, ClaimReport.FORMAT, null, null);
        }
        return InboundFormat.unknown("unknown", "neither XML, MT940/MT942, a PT Pos payout report (its header"
                + " names " + String.join(", ", PosPayoutReportReader.COLUMNS) + ") nor a bank claim report ("
                + String.join(", ", ClaimReportReader.COLUMNS) + ")");
    }

    private static InboundFormat xml(byte[] bytes) {
        XmlLimits limits = XmlLimits.defaults().withMaxBytes(SNIFF_BYTES);
        try (XmlCursor cursor = SecureXml.open(new ByteArrayInputStream(bytes), limits)) {
            IsoDocumentStart document = IsoDocumentStart.find(cursor);
            IsoMessageName message = document.message();
            if (message != null) {
                InboundFormat.Family family = byMessageType(message.type());
                return family == null ? InboundFormat.unknown(message.name(), message.name()
                        + " is not a pain.002, camt.053, camt.054 or pain.001 message")
                        : new InboundFormat(family, message.name(), null, null);
            }
            if (!document.namespace().isEmpty()) {
                return InboundFormat.unknown("XML", "the Document namespace '" + document.namespace()
                        + "' is not an ISO 20022 message namespace");
            }
            InboundFormat.Family family = byRootElement(document.rootElement());
            return family == null ? InboundFormat.unknown("XML", "a Document without namespace holding <"
                    + document.rootElement() + ">")
                    : new InboundFormat(family, family.messageType() + " (no namespace)", null, null);
        } catch (XmlReadException e) {
            return InboundFormat.unknown("XML", e.getMessage());
        }
    }

    private static InboundFormat.Family byMessageType(String type) {
        return switch (type) {
            case "pain.002" -> InboundFormat.Family.PAIN_002;
            case "camt.053" -> InboundFormat.Family.CAMT_053;
            case "camt.054" -> InboundFormat.Family.CAMT_054;
            case "pain.001" -> InboundFormat.Family.PAIN_001;
            default -> null;
        };
    }

    private static InboundFormat.Family byRootElement(String root) {
        return switch (root) {
            case "CstmrPmtStsRpt" -> InboundFormat.Family.PAIN_002;
            case "BkToCstmrStmt" -> InboundFormat.Family.CAMT_053;
            case "BkToCstmrDbtCdtNtfctn" -> InboundFormat.Family.CAMT_054;
            case "CstmrCdtTrfInitn" -> InboundFormat.Family.PAIN_001;
            default -> null;
        };
    }
}

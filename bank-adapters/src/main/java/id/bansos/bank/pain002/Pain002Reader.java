package id.bansos.bank.pain002;

import id.bansos.bank.statement.ProblemLog;
import id.bansos.bank.statement.ReadOptions;
import id.bansos.bank.statement.ReasonCodes;
import id.bansos.bank.statement.StatusLine;
import id.bansos.bank.statement.StatusReason;
import id.bansos.bank.statement.StatusReport;
import id.bansos.bank.xml.IsoDocumentStart;
import id.bansos.bank.xml.IsoMessageName;
import id.bansos.bank.xml.SecureXml;
import id.bansos.bank.xml.XmlCursor;
import id.bansos.bank.xml.XmlNode;
import id.bansos.bank.xml.XmlReadException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads pain.002 customer payment status reports: the status of the original pain.001 as a whole, of each payment
 * information block and of each transaction, with their reason codes. Versions are told apart by the Document
 * namespace (tested: .001.03, the Swiss .001.03.ch.02, .001.10); the others are read by the same element names. The
 * Document may be wrapped (Swift {@code Envelope}, {@code AppHdr}). The file is streamed: one transaction status is
 * in memory at a time.
 */
public final class Pain002Reader {

    private static final Set<Integer> TESTED_VERSIONS = Set.of(3, 10);
    private static final Set<String> STATUS_CODES = Set.of("ACCC", "ACCP", "ACFC", "ACPD", "ACSC", "ACSP", "ACTC",
            "ACWC", "ACWP", "BLCK", "CANC", "PART", "PATC", "PDNG", "PRES", "RCVD", "RJCT");

    private final ReadOptions options;

    public Pain002Reader(ReadOptions options) {
        this.options = options;
    }

    public StatusReport read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in);
        }
    }

    public StatusReport read(InputStream in) {
        Read read = new Read(options.newProblemLog());
        try (XmlCursor cursor = SecureXml.open(in, options.xmlLimits())) {
            IsoDocumentStart document = IsoDocumentStart.find(cursor);
            read.format = document.describe();
            if (accepted(document, read.log)) {
                read.document(cursor);
            }
        } catch (XmlReadException e) {
            String path = e.elementPath();
            read.log.error(e.location(), path.isEmpty() ? null : path.substring(path.lastIndexOf('/') + 1),
                    e.reason());
        }
        return new StatusReport(read.format, read.messageId, read.lines, read.log.problems());
    }

    private static boolean accepted(IsoDocumentStart document, ProblemLog log) {
        String where = "Document (line " + document.line() + ")";
        IsoMessageName message = document.message();
        if (message == null) {
            log.error(where, "xmlns", "the Document namespace '" + document.namespace()
                    + "' is not an ISO 20022 pain.002 namespace");
            return false;
        }
        if (!message.type().equals("pain.002")) {
            log.error(where, "xmlns", "expected pain.002, found " + message.name());
            return false;
        }
        String root = document.rootElement();
        if (!root.equals("CstmrPmtStsRpt") && !root.startsWith("pain.002")) {
            log.error(where, root, message.name() + " cannot hold <" + root + ">");
            return false;
        }
        if (!TESTED_VERSIONS.contains(message.version())) {
            log.info(where, "xmlns", message.name() + " is read by the element names it shares with .03 and .10");
        }
        return true;
    }

    /** The state of one read. */
    private final class Read {
        final ProblemLog log;
        final List<StatusLine> lines = new ArrayList<>();
        String format;
        String messageId;
        String originalMessageId;
        String groupStatus;
        int blocks;
        int looseTransactions;

        Read(ProblemLog log) {
            this.log = log;
        }

        void document(XmlCursor cursor) {
            boolean groupSeen = false;
            int depth = cursor.depth();
            while (cursor.nextChild(depth)) {
                switch (cursor.localName()) {
                    case "GrpHdr" -> messageId = cursor.readNode().text("MsgId");
                    case "OrgnlGrpInfAndSts" -> {
                        groupSeen = true;
                        group(cursor.readNode());
                    }
                    case "OrgnlPmtInfAndSts" -> paymentInformation(cursor, "OrgnlPmtInfAndSts[" + ++blocks + "]");
                    case "TxInfAndSts" -> transaction(cursor.readNode(), null, null,
                            "TxInfAndSts[" + ++looseTransactions + "]");
                    default -> cursor.skip();
                }
            }
            if (messageId == null) {
                log.warning("GrpHdr", "GrpHdr/MsgId", "the report has no message id");
            }
            if (!groupSeen) {
                log.error("CstmrPmtStsRpt", "OrgnlGrpInfAndSts", "missing: the report does not say which message"
                        + " it reports on");
            }
        }

        void group(XmlNode node) {
            String where = "OrgnlGrpInfAndSts (line " + node.line() + ")";
            originalMessageId = node.text("OrgnlMsgId");
            if (originalMessageId == null) {
                log.error(where, "OrgnlMsgId", "missing: the original message cannot be identified");
            }
            groupStatus = node.text("GrpSts");
            List<StatusReason> reasons = reasons(node, where);
            checkStatus(groupStatus, reasons, where, "GrpSts");
            lines.add(new StatusLine.Group(originalMessageId, node.text("OrgnlMsgNmId"), groupStatus, reasons,
                    where));
        }

        void paymentInformation(XmlCursor cursor, String path) {
            List<XmlNode> header = new ArrayList<>();
            String where = path + " (line " + cursor.line() + ")";
            int line = cursor.line();
            String blockId = null;
            String blockStatus = null;
            boolean emitted = false;
            int transactions = 0;
            int depth = cursor.depth();
            while (cursor.nextChild(depth)) {
                if (!cursor.localName().equals("TxInfAndSts")) {
                    header.add(cursor.readNode());
                    continue;
                }
                if (!emitted) {
                    XmlNode block = new XmlNode("OrgnlPmtInfAndSts", Map.of(), "", header, line);
                    blockId = block.text("OrgnlPmtInfId");
                    blockStatus = block(block, where);
                    emitted = true;
                }
                transaction(cursor.readNode(), blockId, blockStatus, path + "/TxInfAndSts[" + ++transactions + "]");
            }
            if (!emitted) {
                block(new XmlNode("OrgnlPmtInfAndSts", Map.of(), "", header, line), where);
            }
        }

        String block(XmlNode block, String where) {
            String status = block.text("PmtInfSts");
            String id = block.text("OrgnlPmtInfId");
            if (id == null) {
                log.error(where, "OrgnlPmtInfId", "missing: the payment information block cannot be identified");
            }
            List<StatusReason> reasons = reasons(block, where);
            checkStatus(status, reasons, where, "PmtInfSts");
            lines.add(new StatusLine.PaymentInformation(originalMessageId, id, status, reasons, where));
            return status;
        }

        void transaction(XmlNode tx, String blockId, String blockStatus, String path) {
            String where = path + " (line " + tx.line() + ")";
            String status = tx.text("TxSts");
            if (status == null) {
                status = inherited(blockStatus) != null ? inherited(blockStatus) : inherited(groupStatus);
            }
            String endToEnd = log.identifier(where, "OrgnlEndToEndId", tx.text("OrgnlEndToEndId"));
            String instruction = log.identifier(where, "OrgnlInstrId", tx.text("OrgnlInstrId"));
            if (endToEnd == null && instruction == null) {
                log.errorWhenStrict(options.strictBansos(), where, "OrgnlEndToEndId", "the transaction names"
                        + " neither OrgnlEndToEndId nor OrgnlInstrId: it cannot be matched to a payment");
            }
            if (status == null) {
                log.warning(where, "TxSts", "no status for the transaction, nor one it can take from its block"
                        + " or group");
            }
            List<StatusReason> reasons = reasons(tx, where);
            checkStatus(status, reasons, where, "TxSts");
            lines.add(new StatusLine.Transaction(originalMessageId, blockId, instruction, endToEnd,
                    tx.text("OrgnlUETR"), status, reasons, where));
        }

        List<StatusReason> reasons(XmlNode node, String where) {
            List<StatusReason> reasons = new ArrayList<>();
            for (XmlNode info : node.children("StsRsnInf")) {
                XmlNode reason = info.child("Rsn") != null ? info.child("Rsn") : info.child("StsRsn");
                String code = reason == null ? null : reason.text("Cd");
                boolean proprietary = code == null && reason != null && reason.text("Prtry") != null;
                if (proprietary) {
                    code = reason.text("Prtry");
                }
                if (code != null && !proprietary && !ReasonCodes.wellFormed(code)) {
                    log.warning(where, "StsRsnInf/Rsn/Cd", "reason '" + code + "' is not an ISO code (4 capitals)");
                }
                reasons.add(new StatusReason(code, proprietary,
                        info.children("AddtlInf").stream().map(XmlNode::text).toList()));
            }
            return reasons;
        }

        void checkStatus(String status, List<StatusReason> reasons, String where, String field) {
            if (status != null && !STATUS_CODES.contains(status)) {
                log.warning(where, field, "'" + status + "' is not an ISO payment status code");
            }
            if ("RJCT".equals(status) && reasons.isEmpty()) {
                log.warning(where, field, "rejected without a reason");
            }
        }
    }

    private static String inherited(String status) {
        return status == null || status.equals("PART") ? null : status;
    }
}

package id.bansos.bank.pain001;

import id.bansos.bank.statement.Rupiah;
import id.bansos.bank.xml.IsoDocumentStart;
import id.bansos.bank.xml.IsoValues;
import id.bansos.bank.xml.SecureXml;
import id.bansos.bank.xml.XmlCursor;
import id.bansos.bank.xml.XmlLimits;
import id.bansos.bank.xml.XmlNode;
import id.bansos.bank.xml.XmlReadException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a pain.001.001.09 credit transfer initiation as a stream, with the hardened reader of
 * {@link SecureXml} (no DTD, no entities, {@link XmlLimits}): the group header first, then each payment information
 * block and, within it, one credit transfer at a time. Only one transaction is in memory at once, so a file of a
 * million lines is read in a small heap. At the end of each block and of the file, the counted transactions and their
 * sum must be what {@code NbOfTxs} and {@code CtrlSum} announce. Anything malformed throws {@link XmlReadException}
 * naming the line, the element and the field.
 *
 * <pre>{@code
 * try (Pain001Reader reader = Pain001Reader.open(in)) {
 *     GroupHeader header = reader.groupHeader();
 *     for (PaymentInformation block; (block = reader.nextPaymentInformation()) != null; ) {
 *         for (CreditTransfer tx; (tx = reader.nextTransaction()) != null; ) { ... }
 *     }
 * }
 * }</pre>
 */
public final class Pain001Reader implements AutoCloseable {

    private static final String ROOT = "CstmrCdtTrfInitn";
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,15}");

    /**
     * {@code GrpHdr}.
     *
     * @param messageId            {@code MsgId}
     * @param creationTime         {@code CreDtTm}
     * @param numberOfTransactions {@code NbOfTxs}
     * @param controlSum           {@code CtrlSum} in whole rupiah, or {@code null} when absent
     * @param initiatingParty      {@code InitgPty/Nm}, or {@code null}
     */
    public record GroupHeader(String messageId, OffsetDateTime creationTime, long numberOfTransactions,
                              Long controlSum, String initiatingParty) {
    }

    /**
     * The header of one {@code PmtInf}.
     *
     * @param id                     {@code PmtInfId}
     * @param requestedExecutionDate {@code ReqdExctnDt/Dt}
     * @param debtorName             {@code Dbtr/Nm}, or {@code null}
     * @param debtorAccount          {@code DbtrAcct/Id/Othr/Id} (or {@code IBAN})
     * @param debtorBic              {@code DbtrAgt/FinInstnId/BICFI}, or {@code null}
     * @param numberOfTransactions   {@code NbOfTxs}, or {@code null} when absent
     * @param controlSum             {@code CtrlSum} in whole rupiah, or {@code null} when absent
     * @param line                   the line the block starts on
     */
    public record PaymentInformation(String id, LocalDate requestedExecutionDate, String debtorName,
                                     String debtorAccount, String debtorBic, Long numberOfTransactions,
                                     Long controlSum, int line) {
    }

    /**
     * One {@code CdtTrfTxInf}.
     *
     * @param position        its position in the file, from 1
     * @param instructionId   {@code PmtId/InstrId}, or {@code null}
     * @param endToEndId      {@code PmtId/EndToEndId}: our payment reference
     * @param amount          {@code Amt/InstdAmt} in whole rupiah
     * @param creditorName    {@code Cdtr/Nm}
     * @param creditorAccount {@code CdtrAcct/Id/Othr/Id} (or {@code IBAN})
     * @param remittance      {@code RmtInf/Ustrd}, or {@code null}
     * @param line            the line it starts on
     */
    public record CreditTransfer(long position, String instructionId, String endToEndId, long amount,
                                 String creditorName, String creditorAccount, String remittance, int line) {
    }

    private final XmlCursor cursor;
    private final int rootDepth;
    private final GroupHeader groupHeader;
    private final int groupHeaderLine;
    private int blocks;
    private int blockDepth = -1;
    private String blockPath;
    private PaymentInformation block;
    private boolean transactionPending;
    private long blockCount;
    private long blockSum;
    private long fileCount;
    private long fileSum;
    private boolean finished;

    private Pain001Reader(XmlCursor cursor) {
        this.cursor = cursor;
        IsoDocumentStart document = IsoDocumentStart.find(cursor);
        String expected = Pain001Writer.NAMESPACE;
        if (!document.namespace().equals(expected)) {
            throw new XmlReadException("xmlns: expected " + expected + ", found " + document.describe()
                    + "; the file is refused", document.line(), "/Document", null);
        }
        if (!document.rootElement().equals(ROOT)) {
            throw new XmlReadException("<Document> holds <" + document.rootElement() + ">, not <" + ROOT + ">",
                    cursor.line(), cursor.path(), null);
        }
        rootDepth = document.rootDepth();
        if (!cursor.nextChild(rootDepth) || !cursor.localName().equals("GrpHdr")) {
            throw new XmlReadException("GrpHdr: missing; a pain.001 starts with its group header", cursor.line(),
                    cursor.path(), null);
        }
        groupHeaderLine = cursor.line();
        groupHeader = groupHeader(cursor.readNode());
    }

    /** Opens a stream with the default {@link XmlLimits}; the stream is closed with the reader. */
    public static Pain001Reader open(InputStream in) {
        return open(in, XmlLimits.defaults());
    }

    /**
     * Opens a stream and reads its group header; the stream is closed with the reader.
     *
     * @throws XmlReadException when the file is not a well-formed pain.001.001.09 or breaks a safety rule
     */
    public static Pain001Reader open(InputStream in, XmlLimits limits) {
        XmlCursor cursor = SecureXml.open(in, limits);
        try {
            return new Pain001Reader(cursor);
        } catch (RuntimeException e) {
            cursor.close();
            throw e;
        }
    }

    public GroupHeader groupHeader() {
        return groupHeader;
    }

    /**
     * The next payment information block, or {@code null} after the last one, when the file's totals have been
     * checked and the document read to its end. Transactions of the current block not yet read are skipped.
     */
    public PaymentInformation nextPaymentInformation() {
        skipRestOfBlock();
        while (!finished && cursor.nextChild(rootDepth)) {
            if (cursor.localName().equals("PmtInf")) {
                return openBlock();
            }
            cursor.skip();
        }
        if (!finished) {
            finish();
        }
        return null;
    }

    /** The next transaction of the current block, or {@code null} at its end (its totals then checked). */
    public CreditTransfer nextTransaction() {
        if (block == null) {
            return null;
        }
        while (transactionPending || cursor.nextChild(blockDepth)) {
            if (transactionPending || cursor.localName().equals("CdtTrfTxInf")) {
                transactionPending = false;
                return transaction(cursor.readNode());
            }
            cursor.skip();
        }
        checkTotals(blockPath, block.line(), block.numberOfTransactions(), block.controlSum(), blockCount, blockSum);
        block = null;
        return null;
    }

    @Override
    public void close() {
        cursor.close();
    }

    private void skipRestOfBlock() {
        CreditTransfer skipped = nextTransaction();
        while (skipped != null) {
            skipped = nextTransaction();
        }
    }

    private PaymentInformation openBlock() {
        blockDepth = cursor.depth();
        blockPath = "/Document/" + ROOT + "/PmtInf[" + ++blocks + "]";
        int line = cursor.line();
        List<XmlNode> header = new ArrayList<>();
        while (cursor.nextChild(blockDepth)) {
            if (cursor.localName().equals("CdtTrfTxInf")) {
                transactionPending = true;
                break;
            }
            header.add(cursor.readNode());
        }
        XmlNode node = new XmlNode("PmtInf", Map.of(), "", header, line);
        if (!transactionPending) {
            throw new XmlReadException("CdtTrfTxInf: a payment information block needs at least one transaction",
                    line, blockPath, null);
        }
        Field f = new Field(node, blockPath);
        String account = f.text("DbtrAcct", "Id", "Othr", "Id");
        if (account == null) {
            account = f.required("DbtrAcct", "Id", "IBAN");
        }
        block = new PaymentInformation(f.required("PmtInfId"), f.date("ReqdExctnDt", "Dt"), f.text("Dbtr", "Nm"),
                account, f.text("DbtrAgt", "FinInstnId", "BICFI"), f.count("NbOfTxs", false), f.sum("CtrlSum"),
                line);
        blockCount = 0;
        blockSum = 0;
        return block;
    }

    private GroupHeader groupHeader(XmlNode node) {
        Field f = new Field(node, "/Document/" + ROOT + "/GrpHdr");
        String created = f.required("CreDtTm");
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(created);
        } catch (DateTimeParseException e) {
            throw f.bad("CreDtTm", "'" + created + "' is not an ISO 8601 time with offset");
        }
        return new GroupHeader(f.required("MsgId"), time, f.count("NbOfTxs", true), f.sum("CtrlSum"),
                f.text("InitgPty", "Nm"));
    }

    private CreditTransfer transaction(XmlNode node) {
        long position = fileCount + 1;
        Field f = new Field(node, blockPath + "/CdtTrfTxInf[" + (blockCount + 1) + "]");
        XmlNode amount = node.find("Amt", "InstdAmt");
        if (amount == null || amount.text().isEmpty()) {
            throw f.bad("Amt/InstdAmt", "missing");
        }
        if (!"IDR".equals(amount.attribute("Ccy"))) {
            throw f.bad("Amt/InstdAmt/@Ccy", "'" + amount.attribute("Ccy") + "' is not IDR");
        }
        long rupiah = f.rupiah("Amt/InstdAmt", amount.text());
        if (rupiah <= 0) {
            throw f.bad("Amt/InstdAmt", "'" + amount.text() + "' is not more than 0");
        }
        String account = f.text("CdtrAcct", "Id", "Othr", "Id");
        if (account == null) {
            account = f.required("CdtrAcct", "Id", "IBAN");
        }
        CreditTransfer tx = new CreditTransfer(position, f.text("PmtId", "InstrId"), f.required("PmtId", "EndToEndId"),
                rupiah, f.required("Cdtr", "Nm"), account, f.text("RmtInf", "Ustrd"), node.line());
        blockCount++;
        fileCount++;
        blockSum = Math.addExact(blockSum, rupiah);
        fileSum = Math.addExact(fileSum, rupiah);
        return tx;
    }

    private void finish() {
        finished = true;
        while (cursor.nextElement()) {
            cursor.skip();
        }
        if (blocks == 0) {
            throw new XmlReadException("PmtInf: the file holds no payment information block", cursor.line(),
                    "/Document/" + ROOT, null);
        }
        checkTotals("/Document/" + ROOT + "/GrpHdr", groupHeaderLine, groupHeader.numberOfTransactions(),
                groupHeader.controlSum(), fileCount, fileSum);
    }

    private static void checkTotals(String path, int line, Long count, Long sum, long counted, long summed) {
        if (count != null && count != counted) {
            throw new XmlReadException("NbOfTxs: announces " + count + " transactions, the file has " + counted,
                    line, path, null);
        }
        if (sum != null && sum != summed) {
            throw new XmlReadException("CtrlSum: announces " + sum + ", the transactions add up to " + summed, line,
                    path, null);
        }
    }

    /** Reads the fields of one node, naming the node's path, line and field in every refusal. */
    private static final class Field {
        private final XmlNode node;
        private final String path;

        Field(XmlNode node, String path) {
            this.node = node;
            this.path = path;
        }

        String text(String... names) {
            return node.text(names);
        }

        String required(String... names) {
            String value = node.text(names);
            if (value == null) {
                throw bad(String.join("/", names), "missing");
            }
            return value;
        }

        LocalDate date(String... names) {
            String value = required(names);
            try {
                return IsoValues.date(value);
            } catch (DateTimeException e) {
                throw bad(String.join("/", names), "'" + value + "' is not a date yyyy-MM-dd");
            }
        }

        Long count(String name, boolean required) {
            String value = required ? required(name) : node.text(name);
            if (value == null) {
                return null;
            }
            if (!COUNT.matcher(value).matches()) {
                throw bad(name, "'" + value + "' is not a number of transactions");
            }
            return Long.parseLong(value);
        }

        Long sum(String name) {
            String value = node.text(name);
            return value == null ? null : rupiah(name, value);
        }

        long rupiah(String name, String value) {
            if (!IsoValues.isAmount(value)) {
                throw bad(name, "'" + value + "' is not an amount of at most 18 digits and 5 decimals");
            }
            try {
                return Rupiah.toLong(new BigDecimal(value));
            } catch (ArithmeticException e) {
                throw bad(name, "'" + value + "' is not whole rupiah");
            }
        }

        XmlReadException bad(String field, String reason) {
            return new XmlReadException(field + ": " + reason, node.line(), path, null);
        }
    }
}

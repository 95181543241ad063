package id.bansos.bank.pain001;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Follows the validated SAX stream and checks that {@code GrpHdr} and each {@code PmtInf} announce the number and sum
 * of the {@code CdtTrfTxInf} they hold. Keeps only the current element path.
 */
final class TotalsCheck extends DefaultHandler {

    private final Problems problems;
    private final Deque<String> path = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private Locator locator;
    private boolean collecting;
    private String groupCount;
    private String groupSum;
    private String paymentCount;
    private String paymentSum;
    private long transactions;
    private BigDecimal sum = BigDecimal.ZERO;
    private long paymentTransactions;
    private BigDecimal paymentAmount = BigDecimal.ZERO;

    TotalsCheck(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String parent = path.peek();
        path.push(localName);
        collecting = ("NbOfTxs".equals(localName) || "CtrlSum".equals(localName))
                && ("GrpHdr".equals(parent) || "PmtInf".equals(parent))
                || "InstdAmt".equals(localName) && inTransaction();
        text.setLength(0);
        if ("PmtInf".equals(localName)) {
            paymentCount = null;
            paymentSum = null;
            paymentTransactions = 0;
            paymentAmount = BigDecimal.ZERO;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        path.pop();
        String parent = path.peek();
        String value = text.toString().strip();
        if (collecting) {
            collecting = false;
            if ("InstdAmt".equals(localName)) {
                BigDecimal amount = decimal(value);
                sum = sum.add(amount);
                paymentAmount = paymentAmount.add(amount);
            } else if ("GrpHdr".equals(parent)) {
                if ("NbOfTxs".equals(localName)) {
                    groupCount = value;
                } else {
                    groupSum = value;
                }
            } else if ("NbOfTxs".equals(localName)) {
                paymentCount = value;
            } else {
                paymentSum = value;
            }
        }
        if ("CdtTrfTxInf".equals(localName)) {
            transactions++;
            paymentTransactions++;
        } else if ("PmtInf".equals(localName)) {
            compare("PmtInf", paymentCount, paymentSum, paymentTransactions, paymentAmount);
        }
    }

    @Override
    public void endDocument() {
        compare("GrpHdr", groupCount, groupSum, transactions, sum);
    }

    long transactions() {
        return transactions;
    }

    BigDecimal sum() {
        return sum;
    }

    private boolean inTransaction() {
        return path.contains("CdtTrfTxInf");
    }

    private void compare(String element, String count, String controlSum, long actualCount, BigDecimal actualSum) {
        int line = locator == null ? -1 : locator.getLineNumber();
        int column = locator == null ? -1 : locator.getColumnNumber();
        if (count != null && !count.equals(Long.toString(actualCount))) {
            problems.add(new ValidationProblem(line, column, element + "/NbOfTxs is " + count + " but "
                    + actualCount + " CdtTrfTxInf follow"));
        }
        if (controlSum != null && decimal(controlSum).compareTo(actualSum) != 0) {
            problems.add(new ValidationProblem(line, column, element + "/CtrlSum is " + controlSum
                    + " but the InstdAmt add up to " + actualSum.toPlainString()));
        }
    }

    private static BigDecimal decimal(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}

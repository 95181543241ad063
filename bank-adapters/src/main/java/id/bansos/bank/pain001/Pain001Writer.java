package id.bansos.bank.pain001;

import id.bansos.bank.payment.DigestingOutputStream;
import id.bansos.bank.payment.PaymentFileHeader;
import id.bansos.bank.payment.PaymentInstruction;
import id.bansos.bank.payment.TotalsMismatchException;
import id.bansos.bank.payment.WrittenFile;
import id.bansos.bank.profile.BankProfile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Objects;

/**
 * Writes a pain.001.001.09 credit transfer initiation for one bank, streaming: the group header and the payment
 * information header are marshalled from Prowide's model, then each line as its own {@code CdtTrfTxInf} fragment as
 * the iterator yields it, so memory stays flat however many lines the file has.
 * <p>
 * One {@code PmtInf} per file, debiting the program's holding account ({@code DbtrAcct/Id/Othr/Id}, no IBAN) at the
 * bank, crediting accounts at the same bank (on-us). Amounts in IDR as whole rupiah with no fraction digits. The
 * header announces the count and control sum of the approved digest; the writer checks the streamed lines against
 * them and throws {@link TotalsMismatchException} at the end if they differ, or as soon as the lines exceed them.
 * After any exception the output is incomplete and the caller deletes it. The same inputs, creation time included,
 * give the same bytes. The caller's stream is flushed, never closed.
 */
public final class Pain001Writer {

    /** The namespace of the Document written. */
    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    /** The currency of every amount. */
    public static final String CURRENCY = "IDR";
    /** The largest amount or control sum the schema allows in whole units (totalDigits 18). */
    public static final long MAX_AMOUNT = 999_999_999_999_999_999L;

    private static final byte[] START = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"" + NAMESPACE
            + "\">\n<CstmrCdtTrfInitn>\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "</PmtInf>\n</CstmrCdtTrfInitn>\n</Document>\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final int NEWLINE = '\n';

    private final BankProfile bank;

    /** A writer for files executed by this bank. */
    public Pain001Writer(BankProfile bank) {
        this.bank = Objects.requireNonNull(bank, "bank");
    }

    /**
     * Writes the file: the header, then every line of {@code lines} (consumed once), one {@code CdtTrfTxInf} per text
     * line of the output.
     *
     * @throws IllegalArgumentException when the header or a line does not fit the bank (the message names the line)
     * @throws TotalsMismatchException  when the lines do not give the header's count and control sum
     */
    public WrittenFile write(OutputStream out, PaymentFileHeader header, Iterator<PaymentInstruction> lines)
            throws IOException {
        checkHeader(header);
        DigestingOutputStream digesting = new DigestingOutputStream(out);
        BufferedOutputStream buffered = new BufferedOutputStream(digesting, 1 << 16);
        ProwideFragments fragments = new ProwideFragments();
        buffered.write(START);
        fragments.groupHeader(Pain001Mapping.groupHeader(header), buffered);
        buffered.write(NEWLINE);
        fragments.openPaymentInformation(Pain001Mapping.paymentInformation(header, bank), buffered);
        buffered.write(NEWLINE);
        long count = 0;
        long sum = 0;
        while (lines.hasNext()) {
            PaymentInstruction line = lines.next();
            count++;
            checkLine(line, count, header);
            sum = line.amount() > Long.MAX_VALUE - sum ? Long.MAX_VALUE : sum + line.amount();
            if (count > header.expectedTransactions() || sum > header.expectedControlSum()) {
                throw mismatch(header, count, sum);
            }
            fragments.transaction(Pain001Mapping.transaction(line, count, bank.bic()), buffered);
            buffered.write(NEWLINE);
        }
        buffered.write(END);
        buffered.flush();
        if (count != header.expectedTransactions() || sum != header.expectedControlSum()) {
            throw mismatch(header, count, sum);
        }
        return digesting.written(count, sum);
    }

    private void checkHeader(PaymentFileHeader header) {
        Objects.requireNonNull(header, "header");
        if (header.debtor().bank() != bank.code() || !header.debtor().bic().equals(bank.bic())) {
            throw new IllegalArgumentException("file " + header.messageId() + ": the debtor's bank "
                    + header.debtor().bank() + " (" + header.debtor().bic() + ") is not the writer's bank "
                    + bank.code() + " (" + bank.bic() + ")");
        }
        if (header.expectedTransactions() > bank.maxTransactionsPerFile()) {
            throw new IllegalArgumentException("file " + header.messageId() + ": " + header.expectedTransactions()
                    + " lines exceed bank " + bank.code() + "'s maximum of " + bank.maxTransactionsPerFile()
                    + " per file; split the batch into more files");
        }
        if (header.expectedControlSum() > MAX_AMOUNT) {
            throw new IllegalArgumentException("file " + header.messageId() + ": control sum "
                    + header.expectedControlSum() + " has more than the 18 digits pain.001 allows");
        }
    }

    private void checkLine(PaymentInstruction line, long position, PaymentFileHeader header) {
        String where = "line " + position + " (reference " + line.endToEndId() + ", household " + line.householdId()
                + "): ";
        if (line.creditorBank() != bank.code()) {
            throw new IllegalArgumentException(where + "creditor bank " + line.creditorBank() + " is not the file's"
                    + " bank " + bank.code() + "; a bank file carries on-us credits only");
        }
        if (!line.program().equals(header.debtor().program())) {
            throw new IllegalArgumentException(where + "program " + line.program() + " is not paid from the "
                    + header.debtor().program() + " holding account this file debits");
        }
        if (!bank.fitsAccountNumber(line.creditorAccount())) {
            throw new IllegalArgumentException(where + "creditorAccount ending "
                    + line.creditorAccount().substring(Math.max(0, line.creditorAccount().length() - 4)) + " has "
                    + line.creditorAccount().length() + " digits; " + bank.code() + " accounts have "
                    + bank.accountNumberLength());
        }
    }

    private static TotalsMismatchException mismatch(PaymentFileHeader header, long count, long sum) {
        return new TotalsMismatchException("pain.001 " + header.messageId(), header.expectedTransactions(), count,
                header.expectedControlSum(), sum);
    }
}

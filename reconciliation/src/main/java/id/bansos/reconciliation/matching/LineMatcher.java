package id.bansos.reconciliation.matching;

import id.bansos.bank.payment.BankCode;
import id.bansos.bank.profile.BankProfile;
import id.bansos.bank.profile.BankProfiles;
import id.bansos.bank.statement.ClaimLine;
import id.bansos.bank.statement.CreditDebit;
import id.bansos.bank.statement.PosPayoutLine;
import id.bansos.bank.statement.Rupiah;
import id.bansos.bank.statement.StatementLine;
import id.bansos.bank.statement.StatusLine;
import id.bansos.ledger.kpm.ReportedOutcome;
import id.bansos.ledger.kpm.ReportedOutcome.Kind;
import id.bansos.ledger.privacy.PersonalData;
import id.bansos.ledger.roster.RosterColumns;
import id.bansos.reconciliation.matching.LineMatch.Matched;
import id.bansos.reconciliation.matching.LineMatch.Skipped;
import id.bansos.reconciliation.matching.LineMatch.Unmatched;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Matches one line of a returned file to the payment it names. A line is matched by its reference and then checked:
 * the payment goes through the file's channel, the amount is the amount instructed (a statement line's, whole rupiah
 * in IDR), and a statement is of the holding account the payment's program is paid from at that bank. A line that
 * names no payment goes to suspense; one that names a payment but disagrees with it is a break — never a silent
 * match.
 */
public final class LineMatcher {

    /** The reason code recorded when money came back without one. */
    public static final String UNSPECIFIED = "UNSPECIFIED";

    /** The reason code of cash PT Pos did not pay out, followed by PT Pos's own words when given. */
    public static final String NOT_COLLECTED = "NOT_COLLECTED";

    private final BankProfiles banks;

    public LineMatcher(BankProfiles banks) {
        this.banks = banks;
    }

    /**
     * A statement line of a bank's holding account: a booked debit is a credit to the household, a booked credit is
     * money coming back.
     *
     * @param payment the payment its reference names, or {@code null}
     */
    public LineMatch statementLine(String channel, StatementLine line, PaymentLineView payment, String source) {
        if (!"BOOK".equals(line.status())) {
            return new Skipped("entry status " + line.status() + " moves no money yet");
        }
        LocalDate booked = line.bookingDate() != null ? line.bookingDate() : line.valueDate();
        Long amount = wholeRupiah(line);
        if (line.reference() == null || line.reference().isBlank()) {
            return new Unmatched(LineMatch.Kind.SUSPENSE, source, null, null, amount, line.account(), booked,
                    "no usable reference on the line (" + line.location() + ")", line.side(),
                    PersonalData.current().token(line.counterparty()));
        }
        if (payment == null) {
            return new Unmatched(LineMatch.Kind.SUSPENSE, source, line.reference(), null, amount, line.account(),
                    booked, "no payment line has reference " + line.reference(), line.side(),
                    PersonalData.current().token(line.counterparty()));
        }
        String disagreement = channelOrAccount(channel, line.account(), payment);
        if (disagreement == null && amount == null) {
            disagreement = "amount " + line.amount() + " is not whole rupiah";
        }
        if (disagreement == null && line.side() == CreditDebit.DEBIT && line.reversal()) {
            disagreement = "a reversal of a credit to the holding account names payment " + payment.reference();
        }
        if (disagreement != null) {
            return new Unmatched(LineMatch.Kind.BREAK, source, line.reference(), payment.householdId(), amount,
                    line.account(), booked, disagreement);
        }
        if (line.side() == CreditDebit.DEBIT) {
            return new Matched(new ReportedOutcome(payment.householdId(), payment.reference(), Kind.CREDITED, amount,
                    null, booked, source));
        }
        String reason = line.returnReason() != null ? line.returnReason().code()
                : line.reversal() ? "REVERSAL" : UNSPECIFIED;
        return new Matched(new ReportedOutcome(payment.householdId(), payment.reference(), Kind.RETURNED, amount,
                reason, booked, source));
    }

    /** A pain.002 transaction status: a rejection is an outcome; other statuses move no money. */
    public LineMatch statusLine(String channel, StatusLine.Transaction status, PaymentLineView payment, String source) {
        if (!status.rejected()) {
            return new Skipped("status " + status.status() + " moves no money");
        }
        String reference = status.originalEndToEndId();
        if (payment == null) {
            return new Unmatched(LineMatch.Kind.SUSPENSE, source, reference, null, null, null, null,
                    "a rejection names no known payment (OrgnlEndToEndId " + reference + ")");
        }
        if (!payment.channel().equals(channel)) {
            return new Unmatched(LineMatch.Kind.BREAK, source, reference, payment.householdId(), null, null, null,
                    "payment " + reference + " is paid through " + payment.channel() + ", not " + channel);
        }
        String code = status.reasons().isEmpty() ? UNSPECIFIED : status.reasons().get(0).code();
        return new Matched(new ReportedOutcome(payment.householdId(), payment.reference(), Kind.REJECTED,
                payment.amount(), code, null, source));
    }

    /** A PT Pos payout line: paid is money that reached the household, not collected is money coming back. */
    public LineMatch payoutLine(PosPayoutLine line, PaymentLineView payment, String source) {
        LocalDate paidOn = line.paidAt() == null ? null : line.paidAt().toLocalDate();
        if (payment == null) {
            return new Unmatched(LineMatch.Kind.SUSPENSE, source, line.reference(), null, line.amountRupiah(), null,
                    paidOn, "no payment line has reference " + line.reference());
        }
        if (!payment.channel().equals("POS")) {
            return new Unmatched(LineMatch.Kind.BREAK, source, line.reference(), payment.householdId(),
                    line.amountRupiah(), null, paidOn, "payment " + payment.reference() + " is paid through "
                    + payment.channel() + ", not PT Pos");
        }
        if (line.status() != PosPayoutLine.Status.PAID) {
            String why = line.reason() == null || line.reason().isBlank() ? "" : ": " + line.reason().strip();
            return new Matched(new ReportedOutcome(payment.householdId(), payment.reference(), Kind.RETURNED,
                    line.amountRupiah(), NOT_COLLECTED + why.substring(0, Math.min(why.length(), 300)), null,
                    source));
        }
        List<String> missing = new ArrayList<>();
        if (!line.signed()) {
            missing.add("signature");
        }
        if (line.photoId() == null || line.photoId().isBlank()) {
            missing.add("photo");
        }
        if (line.geotag() == null) {
            missing.add("geotag");
        }
        return new Matched(new ReportedOutcome(payment.householdId(), payment.reference(), Kind.CREDITED,
                line.amountRupiah(), null, paidOn, source), missing.isEmpty() ? null
                : "PT Pos paid " + payment.reference() + " without " + String.join(", ", missing)
                        + (line.postOfficeCode() == null ? "" : " at post office " + line.postOfficeCode())
                        + (line.payerId() == null ? "" : " by officer " + line.payerId()));
    }

    /**
     * A line of a bank's claim (withdrawal) report: the KPM withdrew a credited payment, from the account it was
     * credited to.
     */
    public LineMatch claimLine(String channel, ClaimLine line, PaymentLineView payment, String source) {
        LocalDate withdrawnOn = line.withdrawnAt().toLocalDate();
        String account = PersonalData.current().token(line.account());
        if (payment == null) {
            return new Unmatched(LineMatch.Kind.SUSPENSE, source, line.reference(), null, line.amountRupiah(),
                    account, withdrawnOn, "a withdrawal names no known payment (" + line.reference() + ")");
        }
        String disagreement = !payment.channel().equals(channel) ? "payment " + payment.reference()
                + " is paid through " + payment.channel() + ", not " + channel
                : !account.equals(payment.account()) ? "withdrawn from account " + RosterColumns.mask(line.account())
                + ", but payment " + payment.reference() + " was credited to another account" : null;
        if (disagreement != null) {
            return new Unmatched(LineMatch.Kind.BREAK, source, line.reference(), payment.householdId(),
                    line.amountRupiah(), account, withdrawnOn, disagreement);
        }
        return new Matched(new ReportedOutcome(payment.householdId(), payment.reference(), Kind.WITHDRAWN,
                line.amountRupiah(), null, withdrawnOn, source));
    }

    private String channelOrAccount(String channel, String account, PaymentLineView payment) {
        if (!payment.channel().equals(channel)) {
            return "payment " + payment.reference() + " is paid through " + payment.channel() + ", not " + channel;
        }
        BankProfile.HoldingAccount holding = banks.profile(BankCode.of(channel)).holdingAccounts()
                .get(payment.program());
        if (holding == null || !holding.accountNumber().equals(account)) {
            return "the line is on account " + account + ", not the " + payment.program() + " holding account at "
                    + channel;
        }
        return null;
    }

    private static Long wholeRupiah(StatementLine line) {
        if (line.amount() == null || !line.amount().isRupiah() || !Rupiah.isWhole(line.amount().amount())) {
            return null;
        }
        return Rupiah.toLong(line.amount().amount());
    }
}

package id.bansos.bank.payment;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who pays a bank file: the program's holding account (rekening penampung) at the paying bank, as the bank profile
 * gives it ({@code BankProfile.debtor(program)}).
 *
 * @param bank          the bank holding the account, which also executes the file
 * @param bic           that bank's BIC
 * @param program       the program whose money the account holds
 * @param accountNumber the holding account's number
 * @param name          the holding account's name, written as debtor and initiating party
 */
public record Debtor(BankCode bank, String bic, String program, String accountNumber, String name) {

    private static final Pattern BIC = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,34}");

    public Debtor {
        Objects.requireNonNull(bank, "debtor bank");
        Texts.matching(bic, "debtor bic", BIC, "a BIC");
        Texts.required(program, "debtor program", 20);
        Texts.matching(accountNumber, "debtor accountNumber", DIGITS, "digits only");
        Texts.required(name, "debtor name", 140);
    }
}

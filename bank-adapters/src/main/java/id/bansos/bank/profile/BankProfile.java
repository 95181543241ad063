package id.bansos.bank.profile;

import id.bansos.bank.payment.BankCode;
import id.bansos.bank.payment.Debtor;
import id.bansos.bank.payment.PaymentFileHeader;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one paying bank is dealt with: its identity, the program holding accounts it debits, what its files look like
 * and by when it must have them. Loaded by {@link BankProfiles}; every check names the bank and the field.
 *
 * @param code                   the bank
 * @param name                   the bank's legal name
 * @param bic                    its BIC, written as debtor and creditor agent
 * @param holdingAccounts        per program code, the holding account (rekening penampung) paid from
 * @param accountNumberLength    the length of the bank's KPM account numbers
 * @param maxTransactionsPerFile the most lines one outbound file may carry; a larger batch is split into files
 * @param serviceLevel           {@code PmtTpInf/SvcLvl/Cd}, such as {@code NURG}
 * @param batchBooking           {@code BtchBookg}: whether the bank books the file as one debit
 * @param inboundFormats         the files the bank sends back, such as {@code camt.053.001.08} or {@code MT940}
 * @param mt940Dialect           the MT940 layout it writes ({@code STANDARD}, {@code HEADERLESS}, {@code MANDIRI},
 *                               {@code BRI}), or {@code null} when it sends no MT940
 * @param outboundFileName       the outbound file's name pattern; see {@link #outboundFileName(PaymentFileHeader)}
 * @param cutOff                 the latest time, in WIB ({@link #WIB}), a file is accepted for execution that day
 */
public record BankProfile(BankCode code, String name, String bic, Map<String, HoldingAccount> holdingAccounts,
                          int accountNumberLength, int maxTransactionsPerFile, String serviceLevel,
                          boolean batchBooking, List<String> inboundFormats, String mt940Dialect,
                          String outboundFileName, LocalTime cutOff) {

    /** Western Indonesia Time, the zone of every cut-off. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static final Pattern BIC = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern PROGRAM = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");
    private static final Pattern SERVICE_LEVEL = Pattern.compile("[A-Z0-9]{1,4}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    private static final List<String> PLACEHOLDERS = List.of("bank", "program", "batch", "seq", "date", "msgId");
    private static final List<String> DIALECTS = List.of("STANDARD", "HEADERLESS", "MANDIRI", "BRI");

    /**
     * One holding account.
     *
     * @param accountNumber the account number, {@code accountNumberLength} digits
     * @param name          the account's name, written as debtor and initiating party
     * @param placeholder   whether the number is a placeholder that must be configured before real use
     */
    public record HoldingAccount(String accountNumber, String name, boolean placeholder) {
    }

    public BankProfile {
        Objects.requireNonNull(code, "bank code is required");
        String bank = "bank " + code + ": ";
        require(name != null && !name.isBlank(), bank + "name is required");
        require(bic != null && BIC.matcher(bic).matches(), bank + "bic '" + bic + "' is not a BIC (4 letters or digits"
                + " for the bank, 2 letters for the country, 2 for the location, optionally 3 for the branch)");
        require(accountNumberLength >= 6 && accountNumberLength <= 34,
                bank + "accountNumberLength " + accountNumberLength + " is not 6-34");
        require(holdingAccounts != null && !holdingAccounts.isEmpty(), bank + "holdingAccounts: at least one program");
        holdingAccounts = new TreeMap<>(holdingAccounts);
        for (Map.Entry<String, HoldingAccount> entry : holdingAccounts.entrySet()) {
            String field = bank + "holdingAccounts." + entry.getKey();
            require(PROGRAM.matcher(entry.getKey()).matches(), field + ": not a program code such as PKH");
            HoldingAccount account = entry.getValue();
            require(account != null, field + " is empty");
            require(account.accountNumber() != null && account.accountNumber().length() == accountNumberLength
                            && account.accountNumber().chars().allMatch(c -> c >= '0' && c <= '9'),
                    field + ".accountNumber '" + account.accountNumber() + "' is not " + accountNumberLength
                            + " digits (the bank's account number length)");
            require(account.name() != null && !account.name().isBlank() && account.name().length() <= 140,
                    field + ".name is required, at most 140 characters");
        }
        holdingAccounts = Map.copyOf(holdingAccounts);
        require(maxTransactionsPerFile >= 1,
                bank + "maxTransactionsPerFile " + maxTransactionsPerFile + " is not >= 1");
        require(serviceLevel != null && SERVICE_LEVEL.matcher(serviceLevel).matches(),
                bank + "serviceLevel '" + serviceLevel + "' is not an ISO service level code such as NURG");
        require(inboundFormats != null && !inboundFormats.isEmpty()
                        && inboundFormats.stream().allMatch(f -> f != null && !f.isBlank()),
                bank + "inboundFormats: at least one format name");
        inboundFormats = List.copyOf(inboundFormats);
        require(mt940Dialect == null || DIALECTS.contains(mt940Dialect),
                bank + "mt940Dialect '" + mt940Dialect + "' is not one of " + DIALECTS + " (or absent)");
        require(outboundFileName != null && FILE_NAME.matcher(PLACEHOLDER.matcher(outboundFileName).replaceAll("x"))
                .matches(), bank + "outboundFileName '" + outboundFileName + "' is not a file name pattern"
                + " (letters, digits, . _ - and placeholders " + PLACEHOLDERS + ")");
        Matcher placeholder = PLACEHOLDER.matcher(outboundFileName);
        while (placeholder.find()) {
            require(PLACEHOLDERS.contains(placeholder.group(1)), bank + "outboundFileName: unknown placeholder {"
                    + placeholder.group(1) + "}; known: " + PLACEHOLDERS);
        }
        require(cutOff != null, bank + "cutOff is required (HH:mm, WIB)");
    }

    /** The debtor of a program's files at this bank: its holding account. */
    public Debtor debtor(String program) {
        HoldingAccount account = holdingAccounts.get(program);
        if (account == null) {
            throw new IllegalArgumentException("bank " + code + " has no holding account for program " + program
                    + "; configure holdingAccounts." + program + " in the bank profiles");
        }
        return new Debtor(code, bic, program, account.accountNumber(), account.name());
    }

    /** Whether an account number has the bank's length and only digits. */
    public boolean fitsAccountNumber(String accountNumber) {
        return accountNumber != null && accountNumber.length() == accountNumberLength
                && accountNumber.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * The outbound file's name: the pattern with {@code {bank}} (the bank code), {@code {program}}, {@code {batch}}
     * (the batch id), {@code {seq}} (the file sequence, 3 digits), {@code {date}} (the requested execution date,
     * {@code yyyyMMdd}) and {@code {msgId}} replaced.
     */
    public String outboundFileName(PaymentFileHeader header) {
        Matcher placeholder = PLACEHOLDER.matcher(outboundFileName);
        StringBuilder name = new StringBuilder();
        while (placeholder.find()) {
            String value = switch (placeholder.group(1)) {
                case "bank" -> code.name();
                case "program" -> header.debtor().program();
                case "batch" -> header.batchId();
                case "seq" -> "%03d".formatted(header.fileSequence());
                case "date" -> header.requestedExecutionDate().format(DateTimeFormatter.BASIC_ISO_DATE);
                default -> header.messageId();
            };
            placeholder.appendReplacement(name, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(name);
        String result = name.toString();
        if (!FILE_NAME.matcher(result).matches()) {
            throw new IllegalArgumentException("bank " + code + ": outbound file name '" + result
                    + "' is not a safe file name");
        }
        return result;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}

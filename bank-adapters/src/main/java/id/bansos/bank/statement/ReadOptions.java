package id.bansos.bank.statement;

import id.bansos.bank.xml.XmlLimits;

/**
 * How strictly an inbound file is read.
 *
 * @param strictBansos when set, what a bansos account cannot have is an error: a currency other than IDR, entries in
 *                     several currencies, transaction details that do not add up to their entry. When not set (to
 *                     read foreign sample files) these are warnings. Errors of arithmetic (balances, totals) and
 *                     fractional rupiah are errors either way.
 * @param xmlLimits    limits for XML files
 * @param maxProblems  how many problems are listed before the rest are only counted
 */
public record ReadOptions(boolean strictBansos, XmlLimits xmlLimits, int maxProblems) {

    /** Foreign files: non-IDR is a warning. */
    public static ReadOptions lenient() {
        return new ReadOptions(false, XmlLimits.defaults(), 1000);
    }

    /** Bansos accounts: IDR only. */
    public static ReadOptions bansos() {
        return new ReadOptions(true, XmlLimits.defaults(), 1000);
    }

    /** A fresh problem log with this read's limit. */
    public ProblemLog newProblemLog() {
        return new ProblemLog(maxProblems);
    }
}

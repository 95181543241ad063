package id.bansos.reconciliation.cases;

import java.util.Objects;

/**
 * One flag: a failure mode found on a subject, with its evidence.
 *
 * @param key      what makes the flag unique, so that finding it again raises nothing: type and subject
 * @param caseId   the case it opens or joins: one per household ({@code KPM-…}), or per channel for suspense
 * @param subject  what was found: a payment reference, a NIK's household pair, an account …
 * @param amount   whole rupiah concerned, or 0
 * @param evidence in words, with the references an investigator needs
 */
public record Flag(String key, String caseId, FlagType type, String householdId, String channel, String subject,
                   long amount, String evidence) {

    public Flag {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** A flag on one household, keyed by its type and subject. */
    public static Flag onHousehold(FlagType type, String householdId, String channel, String subject, long amount,
                                   String evidence) {
        return new Flag(type + ":" + subject, "CASE-" + householdId, type, householdId, channel, subject, amount,
                evidence);
    }
}

package id.bansos.ledger.kpm;

import java.util.stream.Collectors;

/** Describes household events in plain words. NIK, KK and account numbers appear masked. */
public final class HouseholdTimeline {

    private HouseholdTimeline() {
    }

    /** The sentence for one event. */
    public static String describe(HouseholdEvent event) {
        if (event instanceof HouseholdRegistered e) {
            HouseholdRecord r = e.record();
            return "Registered from the roster: pengurus " + r.pengurusName() + " (NIK " + r.pengurusNik().masked()
                    + "), KK " + r.noKk().masked() + ", " + r.members().size() + " members, desil " + r.desil()
                    + ", region " + r.regionCode() + ", paid through " + channel(r.channel()) + ", programs "
                    + r.programs().stream().map(ProgramEnrolment::program).sorted().collect(Collectors.joining(", "));
        }
        if (event instanceof HouseholdDetailsChanged e) {
            return "Household details changed: KK " + e.noKk().masked() + ", region " + e.regionCode() + ", desil "
                    + e.desil();
        }
        if (event instanceof ChannelChanged e) {
            return "Payment channel changed from " + channel(e.previous()) + " to " + channel(e.channel());
        }
        if (event instanceof PengurusChanged e) {
            return "Pengurus changed from NIK " + e.previousNik().masked() + " to " + e.name() + " (NIK "
                    + e.nik().masked() + ")";
        }
        if (event instanceof MembersChanged e) {
            return "Member list changed: now " + e.members().size() + " members";
        }
        if (event instanceof MemberDied e) {
            return (e.wasPengurus() ? "The pengurus" : "A member") + " (NIK " + e.nik().masked()
                    + ") is reported deceased";
        }
        if (event instanceof ProgramsChanged e) {
            return "Programs changed to " + e.programs().stream().map(ProgramEnrolment::program).sorted()
                    .collect(Collectors.joining(", "));
        }
        if (event instanceof HouseholdDroppedFromRoster) {
            return "Dropped from the roster";
        }
        if (event instanceof HouseholdReturnedToRoster) {
            return "Back on the roster after having been dropped";
        }
        if (event instanceof EntitlementDetermined e) {
            String base = "Entitlement " + e.program() + " " + e.period() + ": " + rupiah(e.amount()) + " under rules "
                    + e.ruleVersion();
            return e.status() == EntitlementStatus.HELD
                    ? base + ", HELD: " + String.join("; ", e.reasons())
                    : base + ", payable";
        }
        if (event instanceof EntitlementRevoked e) {
            return "Entitlement " + e.program() + " " + e.period() + " revoked: " + e.reason();
        }
        if (event instanceof PaymentScheduled e) {
            return "Payment " + e.reference() + " scheduled: " + e.program() + " " + e.period() + ", "
                    + rupiah(e.amount()) + " through " + channel(e.channel()) + " in batch " + e.batchId()
                    + (e.attempt() > 1 ? " (attempt " + e.attempt() + ")" : "");
        }
        if (event instanceof PaymentReleased e) {
            return "Payment " + e.reference() + " taken out of batch " + e.batchId() + ": " + e.reason();
        }
        if (event instanceof PaymentRejected e) {
            return "Payment " + e.reference() + " rejected by the bank: " + e.reasonCode();
        }
        if (event instanceof PaymentCredited e) {
            return "Payment " + e.reference() + " received: " + rupiah(e.amount()) + (e.bookedOn() == null ? ""
                    : " on " + e.bookedOn());
        }
        if (event instanceof PaymentDoubleCredited e) {
            return "Payment " + e.reference() + " credited a second time by the bank: " + rupiah(e.amount())
                    + " to recover";
        }
        if (event instanceof PaymentReturned e) {
            return "Payment " + e.reference() + " came back: " + rupiah(e.amount()) + ", " + e.reasonCode()
                    + (e.bookedOn() == null ? "" : " on " + e.bookedOn());
        }
        PaymentReissueAuthorized e = (PaymentReissueAuthorized) event;
        return "Payment " + e.reference() + " to be paid again" + (e.viaPos() ? " in cash by PT Pos" : "")
                + " (re-issue authorised by " + e.authorizedBy() + "): " + e.reason();
    }

    /** Whole rupiah the Indonesian way: {@code Rp 1.500.000}. */
    public static String rupiah(long amount) {
        String digits = Long.toString(amount);
        int first = amount < 0 ? 1 : 0;
        StringBuilder text = new StringBuilder(digits.length() + 10).append("Rp ").append(digits, 0, first);
        for (int i = first; i < digits.length(); i++) {
            if (i > first && (digits.length() - i) % 3 == 0) {
                text.append('.');
            }
            text.append(digits.charAt(i));
        }
        return text.toString();
    }

    private static String channel(Channel c) {
        if (c instanceof Channel.Bank b) {
            String account = b.accountNumber();
            return b.bankCode() + " account ****" + account.substring(Math.max(0, account.length() - 4));
        }
        return "PT Pos";
    }
}

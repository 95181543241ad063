package id.bansos.app.reconciliation;

import id.bansos.app.audit.AuditAction;
import id.bansos.app.audit.AuditLog;
import id.bansos.app.kpm.HouseholdLookup;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.reconciliation.cases.CaseRefused;
import id.bansos.reconciliation.cases.Complaint;
import id.bansos.reconciliation.cases.Flag;
import id.bansos.reconciliation.cases.FlagType;
import id.bansos.reconciliation.cases.axon.CaseCommands.RaiseFlag;
import java.time.Duration;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/**
 * Takes complaints from a KPM, its PKH pendamping or its village office: finds the household by its reference, a NIK
 * or its No. KK, and raises the complaint as a flag the way every flag is raised, which opens the household's case or
 * joins the open one. The same complaint reference again changes nothing and answers the case it went to; a
 * reference already used for another household is refused. Every complaint taken is audited.
 */
@Service
public class ComplaintIntake {

    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    private final HouseholdLookup households;
    private final CommandGateway commands;
    private final Jdbi jdbi;
    private final ReadModels readModels;
    private final AuditLog audit;

    public ComplaintIntake(HouseholdLookup households, CommandGateway commands, Jdbi jdbi, ReadModels readModels,
                           AuditLog audit) {
        this.households = households;
        this.commands = commands;
        this.jdbi = jdbi;
        this.readModels = readModels;
        this.audit = audit;
    }

    /**
     * Lodges the complaint for the household {@code household} names (its reference, a NIK or No. KK), taken by
     * {@code user}. Refused ({@link CaseRefused}) when no single household is named or the reference is another's.
     */
    public Lodged lodge(String household, String reference, Complaint.Complainant complainant, Complaint.Kind kind,
                        String text, String user) {
        String householdId;
        try {
            householdId = households.one(household).orElseThrow(() -> new CaseRefused(
                    "no household with that reference, NIK or No. KK"));
        } catch (IllegalArgumentException e) {
            throw new CaseRefused(e.getMessage());
        }
        Complaint complaint = new Complaint(reference, householdId, complainant, kind, text);
        Optional<Lodged> before = lodged(complaint.reference());
        if (before.isPresent()) {
            if (!before.get().householdId().equals(householdId)) {
                throw new CaseRefused("complaint " + complaint.reference() + " was lodged for another household");
            }
            return before.get();
        }
        String channel = jdbi.withHandle(h -> h.createQuery(
                        "SELECT channel FROM household WHERE household_id = :id")
                .bind("id", householdId).mapTo(String.class).one());
        Flag flag = complaint.flag(channel);
        commands.sendAndWait(new RaiseFlag(flag.caseId(), flag, user));
        readModels.awaitCaughtUp(CATCH_UP);
        audit.record(user, AuditAction.COMPLAINT, householdId, kind.name(), "complaint " + complaint.reference()
                + " from " + complainant + " on case " + flag.caseId());
        return new Lodged(complaint.reference(), flag.caseId(), householdId, false);
    }

    private Optional<Lodged> lodged(String reference) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT case_id, household_id FROM case_flag WHERE flag_key = :key")
                .bind("key", FlagType.COMPLAINT + ":" + reference)
                .map((rs, ctx) -> new Lodged(reference, rs.getString(1), rs.getString(2), true)).findOne());
    }

    /**
     * What became of a complaint.
     *
     * @param repeat whether it had been lodged before, so that this time changed nothing
     */
    public record Lodged(String reference, String caseId, String householdId, boolean repeat) {
    }
}

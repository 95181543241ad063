package id.bansos.app.reconciliation;

import id.bansos.ledger.kpm.OutcomeRefused;
import id.bansos.ledger.kpm.axon.AuthorizeReissue;
import id.bansos.reconciliation.cases.CaseRefused;
import id.bansos.reconciliation.cases.Resolution;
import id.bansos.reconciliation.cases.axon.CaseCommands.ResolveCase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * Resolving an investigation case, the one way the console and the API do it: a re-issue first authorises paying the
 * named payment of the case's household again (in cash by PT Pos when asked), which the household's own rules may
 * refuse; the refusal comes back as the case's.
 */
@Service
public class CaseWork {

    private final CommandGateway commands;

    public CaseWork(CommandGateway commands) {
        this.commands = commands;
    }

    /** Resolves case {@code caseId} of household {@code householdId} (null for a channel's or treasury's case). */
    public void resolve(String caseId, String householdId, Resolution resolution, String reason, String payment,
                        boolean viaPos, String user) {
        if (resolution == null) {
            throw new CaseRefused("say how the case is resolved");
        }
        if (resolution == Resolution.REISSUE_REQUESTED) {
            if (payment == null || payment.isBlank() || householdId == null) {
                throw new CaseRefused("a re-issue names a payment of the case's household");
            }
            try {
                commands.sendAndWait(new AuthorizeReissue(householdId, payment.strip(), reason, user, viaPos));
            } catch (OutcomeRefused e) {
                throw new CaseRefused(e.getMessage());
            }
        }
        commands.sendAndWait(new ResolveCase(caseId, resolution, reason, user));
    }
}

package id.bansos.app.audit;

import id.bansos.disbursement.batch.axon.BatchCommands.ApproveBatch;
import id.bansos.disbursement.batch.axon.BatchCommands.RejectBatch;
import id.bansos.disbursement.batch.axon.BatchCommands.SubmitBatch;
import id.bansos.reconciliation.cases.axon.CaseCommands.AssignCase;
import id.bansos.reconciliation.cases.axon.CaseCommands.NoteCase;
import id.bansos.reconciliation.cases.axon.CaseCommands.RequestGroundCheck;
import id.bansos.reconciliation.cases.axon.CaseCommands.ResolveCase;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Writes who decided what to the audit log: each batch submitted, approved or rejected and each action on a case,
 * however it was asked for (console, API or command line). The entry is written in the decision's own transaction
 * (on its connection, so a burst of decisions never waits for a second one), and so stands or falls with it: a refused
 * decision is not recorded here; its refusal is answered to whoever asked. Axon registers this bean with the command
 * bus.
 */
@Component
class DecisionAudit implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final AuditLog audit;

    DecisionAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        Decision decision = decision(unitOfWork.getMessage().getPayload());
        Object result = chain.proceed();
        if (decision != null) {
            audit.record(decision.actor(), decision.action(), decision.subject(), decision.reason(),
                    decision.detail());
        }
        return result;
    }

    private static Decision decision(Object command) {
        if (command instanceof SubmitBatch c) {
            return new Decision(c.user(), AuditAction.SUBMIT, c.batchId(), "", "batch submitted");
        }
        if (command instanceof ApproveBatch c) {
            return new Decision(c.user(), AuditAction.APPROVE, c.batchId(), "", "batch approved");
        }
        if (command instanceof RejectBatch c) {
            return new Decision(c.user(), AuditAction.REJECT, c.batchId(), c.reason(), "batch rejected");
        }
        if (command instanceof AssignCase c) {
            return new Decision(c.user(), AuditAction.CASE_ACTION, c.caseId(), "", "assigned to " + c.assignee());
        }
        if (command instanceof NoteCase c) {
            return new Decision(c.user(), AuditAction.CASE_ACTION, c.caseId(), "", "noted");
        }
        if (command instanceof RequestGroundCheck c) {
            return new Decision(c.user(), AuditAction.CASE_ACTION, c.caseId(), "", "ground check requested");
        }
        if (command instanceof ResolveCase c) {
            return new Decision(c.user(), AuditAction.CASE_ACTION, c.caseId(), c.reason(),
                    "resolved as " + c.resolution());
        }
        return null;
    }

    private record Decision(String actor, AuditAction action, String subject, String reason, String detail) {
    }
}

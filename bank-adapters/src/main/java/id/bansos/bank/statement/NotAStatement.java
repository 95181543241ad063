package id.bansos.bank.statement;

import java.util.List;

/**
 * A file that was recognised but is not something a bank sends back, such as a pain.001 payment initiation.
 *
 * @param format      such as {@code pain.001.001.09}
 * @param messageId   its message id, when found
 * @param description what it is, such as "a payment initiation, not a statement"
 * @param problems    what was found wrong, usually nothing
 */
public record NotAStatement(String format, String messageId, String description, List<Problem> problems)
        implements InboundDocument {

    public NotAStatement {
        problems = List.copyOf(problems);
    }
}

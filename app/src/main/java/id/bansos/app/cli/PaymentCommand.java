package id.bansos.app.cli;

import id.bansos.ledger.kpm.OutcomeRefused;
import id.bansos.ledger.kpm.axon.AuthorizeReissue;
import java.util.concurrent.Callable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code payment reissue}: authorise paying a rejected or returned payment again. */
@Command(name = "payment", mixinStandardHelpOptions = true, description = "Payment lines.",
        subcommands = PaymentCommand.Reissue.class)
class PaymentCommand {

    @Command(name = "reissue", mixinStandardHelpOptions = true,
            description = {"Authorise paying a rejected or returned payment again: the next cycle schedules it"
                            + " as a new",
                    "attempt with a new reference, through the household's channel then (e.g. PT Pos after a closed",
                    "account, or with --via-pos), in a batch that needs its own approval. Never a payment that may",
                    "still be in flight."})
    static class Reissue implements Callable<Integer> {
        @Parameters(paramLabel = "REFERENCE")
        String reference;
        @Option(names = "--reason", required = true, description = "Why it is paid again.")
        String reason;
        @Option(names = "--user", required = true, description = "Who authorises it.")
        String user;
        @Option(names = "--via-pos", description = "Pay it in cash through PT Pos instead (the bank fallback).")
        boolean viaPos;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = LedgerRuntime.start()) {
                String household = ctx.getBean(Jdbi.class).withHandle(h -> h.createQuery(
                                "SELECT household_id FROM payment_line WHERE reference = :r").bind("r", reference)
                        .mapTo(String.class).findOne())
                        .orElseThrow(() -> new IllegalArgumentException("no payment " + reference));
                ctx.getBean(CommandGateway.class).sendAndWait(new AuthorizeReissue(household, reference, reason, user,
                        viaPos));
                System.out.println("Payment " + reference + " of " + household + " will be paid again"
                        + (viaPos ? " in cash by PT Pos" : "") + "; authorised by " + user);
                return 0;
            } catch (OutcomeRefused e) {
                System.err.println("Refused: " + e.getMessage());
                return 3;
            }
        }
    }
}

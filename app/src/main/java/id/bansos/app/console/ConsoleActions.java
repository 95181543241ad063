package id.bansos.app.console;

import id.bansos.ledger.readmodel.ReadModels;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs what a user asked for from a form, the one way every console action runs: a refusal by the domain's rules is
 * shown on the next screen with its reason, success with a message; either way the read models have caught up before
 * the screen is drawn again, so it shows what was just done.
 */
@Component
public class ConsoleActions {

    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    private final ReadModels readModels;

    public ConsoleActions(ReadModels readModels) {
        this.readModels = readModels;
    }

    /**
     * Runs {@code action}; answers the redirect to {@code screen}.
     *
     * @param refusal the domain's refusal, whose message is shown as the reason
     * @param done    the message key shown after success
     */
    public String run(Runnable action, Class<? extends RuntimeException> refusal, String done, String screen,
                      RedirectAttributes flash) {
        try {
            action.run();
            flash.addFlashAttribute("done", done);
        } catch (RuntimeException e) {
            if (!refusal.isInstance(e)) {
                throw e;
            }
            flash.addFlashAttribute("refused", e.getMessage());
        }
        readModels.awaitCaughtUp(CATCH_UP);
        return "redirect:" + screen;
    }
}

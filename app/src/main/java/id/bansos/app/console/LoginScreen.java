package id.bansos.app.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and the console's front door, which is the batch list. */
@Controller
class LoginScreen {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/batches";
    }
}

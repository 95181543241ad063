package id.bansos.app.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page. */
@Controller
class LoginScreen {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}

package id.bansos.app.testing;

import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Console users for a test context, as {@code bansos.console.users} would name them, sharing one password. */
public final class ConsolePeople {

    private ConsolePeople() {
    }

    /**
     * Registers each person with their roles ({@code "preparer,approver"}) and {@code password}, hashed with a cheap
     * bcrypt cost so that logins stay quick.
     */
    public static void register(DynamicPropertyRegistry registry, String password, Map<String, String> rolesByName) {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(password);
        int i = 0;
        for (var person : rolesByName.entrySet()) {
            String prefix = "bansos.console.users[" + i++ + "].";
            registry.add(prefix + "name", person::getKey);
            registry.add(prefix + "roles", person::getValue);
            registry.add(prefix + "password-hash", () -> hash);
        }
    }
}

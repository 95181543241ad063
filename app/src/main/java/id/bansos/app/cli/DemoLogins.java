package id.bansos.app.cli;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The logins of {@code serve --demo}: one exchange API client per channel, one agency client and one console user per
 * role, each with a
 * password made at start, given to the server as its bcrypt hash and printed once. No other profile has default
 * passwords.
 */
final class DemoLogins {

    private static final List<String> CHANNELS = List.of("BRI", "BNI", "MANDIRI", "BTN", "BSI", "POS");
    private static final Map<String, String> USERS = users();

    private final SecureRandom random = new SecureRandom();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    /** Adds a client per channel to the server's {@code args}; answers each client's name and password. */
    Map<String, String> exchangeClients(List<String> args) {
        Map<String, String> clients = new LinkedHashMap<>();
        for (int i = 0; i < CHANNELS.size(); i++) {
            String name = "demo-" + CHANNELS.get(i).toLowerCase(Locale.ROOT);
            String prefix = "--bansos.exchange.clients[" + i + "].";
            args.add(prefix + "name=" + name);
            args.add(prefix + "channel=" + CHANNELS.get(i));
            clients.put(name, password(args, prefix));
        }
        return clients;
    }

    /** Adds one agency client to the server's {@code args}; answers its name and password. */
    Map<String, String> agencyClients(List<String> args) {
        String prefix = "--bansos.agency.clients[0].";
        args.add(prefix + "name=demo-instansi");
        return Map.of("demo-instansi", password(args, prefix));
    }

    /**
     * Adds a console user per role to the server's {@code args} (two approvers, for batches above the band that needs
     * two); answers each user's name with its role, and password.
     */
    Map<String, String> consoleUsers(List<String> args) {
        Map<String, String> users = new LinkedHashMap<>();
        int i = 0;
        for (var user : USERS.entrySet()) {
            String prefix = "--bansos.console.users[" + i++ + "].";
            args.add(prefix + "name=" + user.getKey());
            args.add(prefix + "roles=" + user.getValue());
            users.put(user.getKey() + " (" + user.getValue() + ")", password(args, prefix));
        }
        return users;
    }

    private String password(List<String> args, String prefix) {
        byte[] secret = new byte[12];
        random.nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        args.add(prefix + "password-hash={bcrypt}" + bcrypt.encode(password));
        return password;
    }

    private static Map<String, String> users() {
        Map<String, String> users = new LinkedHashMap<>();
        users.put("demo-pembuat", "preparer");
        users.put("demo-pemeriksa-1", "approver");
        users.put("demo-pemeriksa-2", "approver");
        users.put("demo-operasi", "operations");
        users.put("demo-auditor", "auditor");
        users.put("demo-admin", "admin");
        return users;
    }
}

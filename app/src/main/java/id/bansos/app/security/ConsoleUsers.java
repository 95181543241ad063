package id.bansos.app.security;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The people who may log in to the console, from configuration ({@code bansos.console.users[n].…}), and how often a
 * login may fail. There are none unless configured: only {@code serve --demo} makes users of its own.
 *
 * @param users the people, each with a name, roles and a password hash
 * @param login how failed logins are throttled
 */
@ConfigurationProperties("bansos.console")
public record ConsoleUsers(List<Person> users, Login login) {

    public ConsoleUsers {
        users = users == null ? List.of() : List.copyOf(users);
        login = login == null ? new Login(null, null) : login;
    }

    /** The users, checked: each has a name, known roles and a hashed password, and no name is given twice. */
    public InMemoryUserDetailsManager details() {
        Set<String> names = new HashSet<>();
        List<UserDetails> details = users.stream().map(p -> {
            if (p.name() == null || p.name().isBlank() || p.roles().isEmpty()) {
                throw new IllegalArgumentException("bansos.console.users: every user needs name, roles and "
                        + "password-hash");
            }
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("bansos.console.users: " + p.name() + " is given twice");
            }
            String hash = PasswordHashes.require("bansos.console.users." + p.name() + ".password-hash",
                    p.passwordHash());
            return User.withUsername(p.name()).password(hash).authorities(ConsoleRole.authorities(p.consoleRoles()))
                    .build();
        }).toList();
        return new InMemoryUserDetailsManager(details);
    }

    /**
     * A person who may log in.
     *
     * @param name         the login name, recorded as the acting user of everything done
     * @param roles        {@code preparer}, {@code approver}, {@code operations}, {@code auditor}, {@code admin}
     * @param passwordHash the password's hash with its scheme, e.g. {@code {bcrypt}$2a$10$…}; never the password
     */
    public record Person(String name, List<String> roles, String passwordHash) {

        public Person {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        Set<ConsoleRole> consoleRoles() {
            EnumSet<ConsoleRole> set = EnumSet.noneOf(ConsoleRole.class);
            for (String role : roles) {
                try {
                    set.add(ConsoleRole.valueOf(role.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("bansos.console.users." + name + ".roles: no role " + role
                            + "; the roles are preparer, approver, operations, auditor and admin", e);
                }
            }
            return set;
        }
    }

    /**
     * Failed logins: after {@code maxFailures} in a row, a login name is refused for {@code lockout}, even with its
     * right password.
     *
     * @param maxFailures failures in a row allowed (default 5)
     * @param lockout     how long the name is then refused (default 15 minutes)
     */
    public record Login(Integer maxFailures, Duration lockout) {

        public Login {
            maxFailures = maxFailures == null ? 5 : maxFailures;
            lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        }
    }
}

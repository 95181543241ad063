package id.bansos.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

/** People come from configuration with hashed passwords and known roles; each role grants what it may do. */
class ConsoleUsersTest {

    private static final String HASH = "{bcrypt}$2a$04$abcdefghijklmnopqrstuuSGa0bBUXu2VIVMB6rqyS1W7gOhiqXWq";

    @Test
    void a_plain_password_in_the_configuration_is_refused() {
        ConsoleUsers users = new ConsoleUsers(List.of(new ConsoleUsers.Person("rina", List.of("preparer"),
                "rahasia")), null);

        assertThatThrownBy(users::details).hasMessageContaining("bansos.console.users.rina.password-hash")
                .hasMessageContaining("plain password is refused");
    }

    @Test
    void a_role_that_does_not_exist_is_refused_with_the_roles_that_do() {
        ConsoleUsers users = new ConsoleUsers(List.of(new ConsoleUsers.Person("rina", List.of("bendahara"), HASH)),
                null);

        assertThatThrownBy(users::details).hasMessageContaining("no role bendahara")
                .hasMessageContaining("preparer, approver, operations, auditor and admin");
    }

    @Test
    void each_role_grants_its_permissions_and_an_auditor_only_reads() {
        ConsoleUsers users = new ConsoleUsers(List.of(
                new ConsoleUsers.Person("rina", List.of("preparer", "approver"), HASH),
                new ConsoleUsers.Person("audi", List.of("auditor"), HASH),
                new ConsoleUsers.Person("adi", List.of("admin"), HASH)), null);

        assertThat(authorities(users, "rina")).containsExactlyInAnyOrder("ROLE_PREPARER", "ROLE_APPROVER", "VIEW",
                "BATCH_SUBMIT", "BATCH_DECIDE");
        assertThat(authorities(users, "audi")).containsExactlyInAnyOrder("ROLE_AUDITOR", "VIEW", "AUDIT_READ");
        assertThat(authorities(users, "adi")).contains("VIEW", "BATCH_SUBMIT", "BATCH_DECIDE", "CASE_WORK",
                "MATCH_WORK", "COMPLAINT_INTAKE", "PERSONAL_DATA", "AUDIT_READ");
    }

    @Test
    void nobody_may_log_in_unless_configured() {
        assertThat(new ConsoleUsers(null, null).details().userExists("admin")).isFalse();
    }

    private static List<String> authorities(ConsoleUsers users, String name) {
        return users.details().loadUserByUsername(name).getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .toList();
    }
}

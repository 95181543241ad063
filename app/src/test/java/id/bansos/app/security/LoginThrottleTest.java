package id.bansos.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Failed logins in a row lock a name out for a while, whether or not the name exists. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-10-01T02:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });
    private final AuthenticationProvider guarded = throttle.guarding(new OnePassword("rina", "benar"));

    @Test
    void after_three_wrong_passwords_even_the_right_one_is_refused_until_the_lockout_has_passed() {
        wrongPasswords("rina", 3);

        assertThatThrownBy(() -> guarded.authenticate(login("rina", "benar"))).isInstanceOf(LockedException.class);
        now = now.plus(Duration.ofMinutes(16));
        assertThat(guarded.authenticate(login("rina", "benar")).isAuthenticated()).isTrue();
    }

    @Test
    void a_successful_login_starts_the_count_again() {
        wrongPasswords("rina", 2);
        guarded.authenticate(login("rina", "benar"));

        wrongPasswords("rina", 1);
        assertThat(guarded.authenticate(login("rina", "benar")).isAuthenticated()).isTrue();
    }

    @Test
    void an_unknown_name_is_locked_out_the_same_way_so_the_answer_tells_nobody_whether_it_exists() {
        wrongPasswords("siapa", 3);

        assertThatThrownBy(() -> guarded.authenticate(login("SIAPA", "apa"))).isInstanceOf(LockedException.class);
        assertThat(guarded.authenticate(login("rina", "benar")).isAuthenticated()).as("other names are not locked")
                .isTrue();
    }

    private void wrongPasswords(String name, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> guarded.authenticate(login(name, "salah")))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    private static Authentication login(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    /** Knows one name and its password. */
    private record OnePassword(String name, String password) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication attempt) {
            if (attempt.getName().equals(name) && attempt.getCredentials().equals(password)) {
                return UsernamePasswordAuthenticationToken.authenticated(name, null, List.of());
            }
            throw new BadCredentialsException("bad credentials");
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }
}

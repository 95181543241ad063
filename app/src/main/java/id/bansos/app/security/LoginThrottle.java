package id.bansos.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/**
 * Slows password guessing: after {@code maxFailures} failed logins in a row, a login name is refused for
 * {@code lockout}, even with its right password. Unknown names are counted the same way, so the answer never tells
 * whether a name exists. The count is kept by each node in memory.
 */
public final class LoginThrottle {

    private static final int FORGET_ABOVE = 10_000;

    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** {@code provider}, refusing a locked-out name before its password is checked and counting each outcome. */
    public AuthenticationProvider guarding(AuthenticationProvider provider) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                String name = attempt.getName() == null ? "" : attempt.getName().toLowerCase(Locale.ROOT);
                if (lockedOut(name)) {
                    throw new LockedException("too many failed logins for this name; try again later");
                }
                try {
                    Authentication authenticated = provider.authenticate(attempt);
                    failures.remove(name);
                    return authenticated;
                } catch (BadCredentialsException e) {
                    failed(name);
                    throw e;
                }
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return provider.supports(authentication);
            }
        };
    }

    private boolean lockedOut(String name) {
        Failures f = failures.get(name);
        return f != null && f.count() >= maxFailures && clock.instant().isBefore(f.last().plus(lockout));
    }

    private void failed(String name) {
        Instant now = clock.instant();
        failures.merge(name, new Failures(1, now), (before, one) -> before.last().plus(lockout).isBefore(now)
                ? one : new Failures(before.count() + 1, now));
        if (failures.size() > FORGET_ABOVE) {
            failures.values().removeIf(f -> f.last().plus(lockout).isBefore(now));
        }
    }

    private record Failures(int count, Instant last) {
    }
}

package id.bansos.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A request carrying HTTP Basic credentials in the name of a machine client (a bank's, PT Pos's or an agency's), so
 * that such a client is answered 403 outside its own endpoints rather than being taken for a person.
 */
final class MachineClientRequest implements RequestMatcher {

    private static final String BASIC = "basic ";

    private final UserDetailsManager clients;

    MachineClientRequest(UserDetailsManager clients) {
        this.clients = clients;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return false;
        }
        try {
            String pair = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon > 0 && clients.userExists(pair.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

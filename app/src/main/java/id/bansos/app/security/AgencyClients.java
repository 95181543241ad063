package id.bansos.app.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The other agencies' machine clients ({@code bansos.agency.clients[n].name} and {@code .password-hash}): each may ask
 * the status endpoint whether a NIK was paid, and nothing else. There are none unless configured.
 *
 * @param clients the agencies' clients
 */
@ConfigurationProperties("bansos.agency")
public record AgencyClients(List<Client> clients) {

    public AgencyClients {
        clients = clients == null ? List.of() : List.copyOf(clients);
    }

    /**
     * An agency's client.
     *
     * @param name         its user name, recorded as the asker of every status query
     * @param passwordHash its password's hash with its scheme, e.g. {@code {bcrypt}$2a$10$…}; never the password
     */
    public record Client(String name, String passwordHash) {
    }
}

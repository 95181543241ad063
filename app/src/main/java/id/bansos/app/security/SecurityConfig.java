package id.bansos.app.security;

import id.bansos.app.exchange.ExchangeConfig.ExchangeProperties;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may use what over HTTP. The exchange API ({@code /api/outbox/…}, {@code /api/inbox/…}) is for the configured
 * bank and PT Pos clients only, each on its own channel; the status endpoint ({@code /api/status}) for the agencies'
 * clients only; both with HTTP Basic on every request and no session. A machine client anywhere else is answered 403.
 * The console and the people's API are for people ({@link ConsoleSecurityConfig}). Only a web server has any of this;
 * commands have no HTTP.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AgencyClients.class)
public class SecurityConfig {

    /** The authority of a client's channel, {@code CHANNEL_BRI} … {@code CHANNEL_POS}. */
    static final String CHANNEL = "CHANNEL_";
    /** The authority of an agency's client. */
    static final String AGENCY = "AGENCY";

    @Bean
    @Order(0)
    SecurityFilterChain exchangeApi(HttpSecurity http) throws Exception {
        return statelessBasic(http.securityMatcher("/api/outbox/**", "/api/inbox/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/outbox/{channel}", "/api/outbox/{channel}/**", "/api/inbox/{channel}",
                                "/api/inbox/{channel}/**").access(SecurityConfig::ownChannel)
                        .anyRequest().denyAll()));
    }

    @Bean
    @Order(0)
    SecurityFilterChain agencyStatus(HttpSecurity http) throws Exception {
        return statelessBasic(http.securityMatcher("/api/status")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/status").hasAuthority(AGENCY)
                        .anyRequest().denyAll()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain machineClientsElsewhere(HttpSecurity http, InMemoryUserDetailsManager machineClients)
            throws Exception {
        return statelessBasic(http.securityMatcher(new MachineClientRequest(machineClients))
                .authorizeHttpRequests(a -> a.anyRequest().denyAll()));
    }

    /** A chain for machine clients: HTTP Basic on every request, no session, no CSRF token (no browser). */
    private static SecurityFilterChain statelessBasic(HttpSecurity http) throws Exception {
        return http.httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Every machine client: the banks' and PT Pos's, each with its channel, and the agencies'. */
    @Bean
    InMemoryUserDetailsManager machineClients(ExchangeProperties exchange, AgencyClients agencies) {
        List<UserDetails> clients = new ArrayList<>(exchange.clients().stream().map(SecurityConfig::client).toList());
        agencies.clients().stream().map(SecurityConfig::agency).forEach(clients::add);
        Set<String> names = new HashSet<>();
        for (UserDetails client : clients) {
            if (!names.add(client.getUsername().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("machine client " + client.getUsername() + " is configured twice");
            }
        }
        return new InMemoryUserDetailsManager(clients);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static UserDetails client(ExchangeProperties.Client c) {
        if (c.name() == null || c.name().isBlank() || c.channel() == null || c.passwordHash() == null) {
            throw new IllegalArgumentException("bansos.exchange.clients: every client needs name, channel and "
                    + "password-hash");
        }
        String hash = PasswordHashes.require("bansos.exchange.clients." + c.name() + ".password-hash",
                c.passwordHash());
        return User.withUsername(c.name()).password(hash).authorities(CHANNEL + c.channel()).build();
    }

    private static UserDetails agency(AgencyClients.Client c) {
        if (c.name() == null || c.name().isBlank() || c.passwordHash() == null) {
            throw new IllegalArgumentException("bansos.agency.clients: every client needs name and password-hash");
        }
        String hash = PasswordHashes.require("bansos.agency.clients." + c.name() + ".password-hash",
                c.passwordHash());
        return User.withUsername(c.name()).password(hash).authorities(AGENCY).build();
    }

    private static AuthorizationDecision ownChannel(Supplier<Authentication> authentication,
                                                    RequestAuthorizationContext request) {
        String wanted = CHANNEL + request.getVariables().get("channel");
        Authentication who = authentication.get();
        boolean allowed = who != null && who.isAuthenticated()
                && who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(wanted));
        return new AuthorizationDecision(allowed);
    }
}

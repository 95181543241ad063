package id.bansos.app.security;

import id.bansos.app.security.ConsoleRole.Permission;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Who may use the console and the read-only JSON views: the people in {@link ConsoleUsers}, by form login (or HTTP
 * Basic for the JSON views), with CSRF on every form, throttled logins, and each action allowed only to the roles
 * whose {@link Permission} it needs. Session cookies are set in application.yml (HTTP only, SameSite strict, secure).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ConsoleUsers.class)
public class ConsoleSecurityConfig {

    private static final String CSP = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'none'; object-src 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http, ConsoleUsers users, PasswordEncoder passwords) throws Exception {
        DaoAuthenticationProvider byPassword = new DaoAuthenticationProvider(users.details());
        byPassword.setPasswordEncoder(passwords);
        LoginThrottle throttle = new LoginThrottle(users.login().maxFailures(), users.login().lockout(),
                Clock.systemUTC());
        ExceptionMappingAuthenticationFailureHandler failed = new ExceptionMappingAuthenticationFailureHandler();
        failed.setDefaultFailureUrl("/login?error");
        failed.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        return http.authenticationManager(new ProviderManager(throttle.guarding(byPassword)))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/favicon.ico", "/error", "/actuator/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/batches/*/submit")
                        .hasAuthority(Permission.BATCH_SUBMIT.name())
                        .requestMatchers(HttpMethod.POST, "/batches/*/approve", "/batches/*/reject")
                        .hasAuthority(Permission.BATCH_DECIDE.name())
                        .requestMatchers(HttpMethod.POST, "/cases/**").hasAuthority(Permission.CASE_WORK.name())
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/batches/*/submit")
                        .hasAuthority(Permission.BATCH_SUBMIT.name())
                        .requestMatchers(HttpMethod.POST, "/api/batches/*/approve", "/api/batches/*/reject")
                        .hasAuthority(Permission.BATCH_DECIDE.name())
                        .requestMatchers(HttpMethod.POST, "/api/cases/**").hasAuthority(Permission.CASE_WORK.name())
                        .requestMatchers("/complaints/**", "/api/complaints")
                        .hasAuthority(Permission.COMPLAINT_INTAKE.name())
                        .requestMatchers(HttpMethod.POST, "/households/*/reveal", "/api/households/*/reveal")
                        .hasAuthority(Permission.PERSONAL_DATA.name())
                        .requestMatchers(HttpMethod.GET, "/audit", "/api/audit")
                        .hasAuthority(Permission.AUDIT_READ.name())
                        .requestMatchers(HttpMethod.GET, "/households", "/households/**")
                        .hasAuthority(Permission.VIEW.name())
                        .requestMatchers(HttpMethod.GET, "/reports", "/reports/**")
                        .hasAuthority(Permission.VIEW.name())
                        .requestMatchers(HttpMethod.POST, "/reconciliation/suspense/**")
                        .hasAuthority(Permission.MATCH_WORK.name())
                        .requestMatchers(HttpMethod.GET, "/dashboard", "/files", "/reconciliation")
                        .hasAuthority(Permission.VIEW.name())
                        .requestMatchers(HttpMethod.GET, "/", "/batches/**", "/cases/**", "/api/**")
                        .hasAuthority(Permission.VIEW.name())
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard").failureHandler(failed))
                .httpBasic(Customizer.withDefaults())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
                .build();
    }
}

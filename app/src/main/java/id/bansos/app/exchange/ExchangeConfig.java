package id.bansos.app.exchange;

import id.bansos.bank.profile.BankProfiles;
import id.bansos.disbursement.export.Outbox;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires file exchange with banks and PT Pos: bank profiles, the outbox, and intake of what comes back. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExchangeConfig.ExchangeProperties.class)
public class ExchangeConfig {

    @Bean
    BankProfiles bankProfiles(ExchangeProperties exchange) {
        return BankProfiles.load(exchange.bankProfiles());
    }

    @Bean
    Outbox outbox(ExchangeProperties exchange) {
        return new Outbox(exchange.root().resolve("outbox"));
    }

    @Bean
    Intake intake(Jdbi jdbi, ExchangeProperties exchange, BankProfiles banks) {
        return new Intake(jdbi, exchange.root(), banks, exchange.maxInboundBytes());
    }

    @Bean
    InboxFolders inboxFolders(ExchangeProperties exchange, Intake intake) {
        return new InboxFolders(exchange.root(), intake, exchange.settleTime(), Clock.systemUTC());
    }

    /**
     * Where and how files are exchanged with banks and PT Pos.
     *
     * @param root            the exchange folder: {@code outbox/}, {@code inbox/}, {@code received/} and
     *                        {@code quarantine/} per channel (default {@code ~/.bansos/exchange})
     * @param bankProfiles    a bank profiles file replacing the bundled one (see docs/formats/bank-profiles.md)
     * @param calendar        a folder of yearly holiday files replacing the bundled ones (see docs/formats/calendar.md)
     * @param maxInboundBytes the largest inbound file accepted (default 4 GiB)
     * @param settleTime      how long an inbox file must stay unchanged before it is taken (default 10 s), so that a
     *                        file still being uploaded is never read half
     * @param clients         the bank adapters and PT Pos allowed on the exchange API, each seeing only its channel
     */
    @ConfigurationProperties("bansos.exchange")
    public record ExchangeProperties(Path root, Path bankProfiles, Path calendar, Long maxInboundBytes,
                                     Duration settleTime, List<Client> clients) {
        public ExchangeProperties {
            root = root == null ? Path.of(System.getProperty("user.home"), ".bansos", "exchange") : root;
            maxInboundBytes = maxInboundBytes == null ? 4L << 30 : maxInboundBytes;
            settleTime = settleTime == null ? Duration.ofSeconds(10) : settleTime;
            clients = clients == null ? List.of() : List.copyOf(clients);
        }

        /**
         * A machine client of the exchange API.
         *
         * @param name         its user name, recorded as who delivered or collected a file
         * @param channel      the one channel it may use: {@code BRI}, {@code BNI}, {@code MANDIRI}, {@code BTN},
         *                     {@code BSI} or {@code POS}
         * @param passwordHash its password's hash with its scheme, e.g. {@code {bcrypt}$2a$10$…}; never the password
         */
        public record Client(String name, String channel, String passwordHash) {
        }
    }
}

package id.bansos.app.kpm;

import id.bansos.app.axon.ChunkedRepository;
import id.bansos.bank.profile.BankProfile;
import id.bansos.bank.profile.BankProfiles;
import id.bansos.ledger.kpm.axon.HouseholdAggregate;
import id.bansos.ledger.kpm.axon.HouseholdProjection;
import id.bansos.ledger.kpm.axon.PaymentLineHandler;
import id.bansos.ledger.kpm.axon.RosterChunkHandler;
import id.bansos.ledger.kpm.axon.StreamPrefetch;
import id.bansos.ledger.kpm.readmodel.HouseholdQueries;
import id.bansos.ledger.kpm.readmodel.RosterFingerprints;
import id.bansos.ledger.kpm.axon.RosterImporter;
import id.bansos.ledger.kpm.readmodel.RosterImports;
import id.bansos.ledger.program.RuleBasedEntitlements;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.ledger.roster.BankAccountRules;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.axonframework.config.ConfigurerModule;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/** Wires the household ledger: the aggregate, the roster chunk handler, the read models and their projection. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RosterProperties.class)
public class LedgerConfig {

    /** JDBI over the transaction-aware data source, so read-model writes commit with the processor's token. */
    @Bean
    Jdbi jdbi(DataSource dataSource) {
        return Jdbi.create(new TransactionAwareDataSourceProxy(dataSource))
                .installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin());
    }

    @Bean
    HouseholdQueries householdQueries(Jdbi jdbi) {
        return new HouseholdQueries(jdbi);
    }

    @Bean
    RosterFingerprints rosterFingerprints(Jdbi jdbi) {
        return new RosterFingerprints(jdbi);
    }

    @Bean
    RosterImports rosterImports(Jdbi jdbi) {
        return new RosterImports(jdbi);
    }

    @Bean
    RuleBasedEntitlements entitlementPolicy(RosterProperties properties) {
        return new RuleBasedEntitlements(properties.programRulesDir());
    }

    @Bean
    BankAccountRules bankAccountRules(BankProfiles banks) {
        return accountRules(banks);
    }

    /** The account-number lengths a roster is checked against: those of the bank profiles, the one source of them. */
    public static BankAccountRules accountRules(BankProfiles banks) {
        return new BankAccountRules(banks.all().stream()
                .collect(Collectors.toMap(b -> b.code().name(), BankProfile::accountNumberLength)));
    }

    @Bean
    RosterImporter rosterImporter(CommandGateway commands, RosterFingerprints fingerprints, RosterImports imports,
                                  RuleBasedEntitlements entitlements, ReadModels readModels) {
        return new RosterImporter(commands, fingerprints, imports, entitlements, readModels);
    }

    @Bean
    ConfigurerModule ledgerAxonModule(Jdbi jdbi, RosterFingerprints fingerprints, StreamPrefetch prefetch) {
        return configurer -> {
            configurer.configureAggregate(ChunkedRepository.configuration(HouseholdAggregate.class));
            configurer.registerCommandHandler(c -> new RosterChunkHandler(c.repository(HouseholdAggregate.class),
                    fingerprints, prefetch));
            configurer.registerCommandHandler(c -> new PaymentLineHandler(c.repository(HouseholdAggregate.class),
                    prefetch));
            configurer.eventProcessing(processing -> processing
                    .usingPooledStreamingEventProcessors()
                    .registerEventHandler(c -> new HouseholdProjection(jdbi)));
        };
    }
}

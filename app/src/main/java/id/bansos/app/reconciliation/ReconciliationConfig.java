package id.bansos.app.reconciliation;

import id.bansos.app.axon.ChunkedRepository;
import id.bansos.app.disbursement.ExportConfig;
import id.bansos.bank.profile.BankProfiles;
import id.bansos.ledger.kpm.axon.StreamPrefetch;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.reconciliation.matching.axon.InboundApplier;
import id.bansos.reconciliation.matching.axon.ManualMatching;
import id.bansos.reconciliation.matching.axon.SuspenseMatchAggregate;
import id.bansos.reconciliation.matching.axon.SuspenseMatchProjection;
import id.bansos.reconciliation.cases.axon.CaseAggregate;
import id.bansos.reconciliation.cases.axon.CaseProjection;
import id.bansos.reconciliation.cases.FlagRules;
import id.bansos.reconciliation.cases.axon.FlagRaiser;
import id.bansos.reconciliation.cases.axon.FlagScanner;
import id.bansos.reconciliation.cases.findings.HoldScreen;
import id.bansos.reconciliation.matching.FallbackRule;
import id.bansos.disbursement.cycle.PreExportScreen;
import id.bansos.reconciliation.cases.readmodel.CaseQueue;
import id.bansos.reconciliation.cases.readmodel.CaseReadModel;
import id.bansos.reconciliation.trail.axon.MoneyTrailProjection;
import id.bansos.reconciliation.treasury.axon.TreasuryReturnAggregate;
import id.bansos.reconciliation.treasury.readmodel.TreasuryAgeing;
import java.time.Clock;
import id.bansos.reconciliation.trail.readmodel.TrailPostings;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires reconciliation: applying received files to their payments, the money trail, flags and cases. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FlagRulesProperties.class)
public class ReconciliationConfig {

    @Bean
    TrailPostings trailPostings(Jdbi jdbi) {
        return new TrailPostings(jdbi);
    }

    @Bean
    CaseReadModel caseReadModel(Jdbi jdbi) {
        return new CaseReadModel(jdbi);
    }

    @Bean
    ConfigurerModule reconciliationAxonModule(TrailPostings postings, CaseReadModel cases, Jdbi jdbi,
                                              StreamPrefetch prefetch) {
        return configurer -> {
            configurer.configureAggregate(ChunkedRepository.configuration(CaseAggregate.class));
            configurer.registerCommandHandler(c -> new FlagRaiser(c.repository(CaseAggregate.class), prefetch));
            configurer.configureAggregate(TreasuryReturnAggregate.class);
            configurer.configureAggregate(SuspenseMatchAggregate.class);
            configurer.eventProcessing(processing -> processing
                    .registerEventHandler(c -> new MoneyTrailProjection(postings, jdbi))
                    .registerEventHandler(c -> new CaseProjection(cases, jdbi))
                    .registerEventHandler(c -> new SuspenseMatchProjection(jdbi)));
        };
    }

    @Bean
    ManualMatching manualMatching(CommandGateway commands, Jdbi jdbi, ReadModels readModels) {
        return new ManualMatching(commands, jdbi, readModels);
    }

    @Bean
    CaseQueue caseQueue(Jdbi jdbi) {
        return new CaseQueue(jdbi, Clock.systemUTC());
    }

    @Bean
    TreasuryAgeing treasuryAgeing(Jdbi jdbi) {
        return new TreasuryAgeing(jdbi);
    }

    @Bean
    FlagRules flagRules(FlagRulesProperties properties, ExportConfig.PosProperties pos,
                        @Value("${bansos.treasury.deposit-days:30}") int depositDays) {
        return properties.toRules(depositDays, pos.collectionDays());
    }

    @Bean
    FlagScanner flagScanner(CommandGateway commands, Jdbi jdbi, ReadModels readModels, TreasuryAgeing ageing,
                            TrailPostings postings, FlagRules rules) {
        return new FlagScanner(commands, jdbi, readModels, ageing, postings, rules, Clock.systemUTC());
    }

    @Bean
    PreExportScreen preExportScreen(Jdbi jdbi, FlagRules rules) {
        return new HoldScreen(jdbi, rules);
    }

    @Bean
    InboundApplier inboundApplier(CommandGateway commands, Jdbi jdbi, BankProfiles banks, ReadModels readModels,
                                  @Value("${bansos.matching.fallback.enabled:true}") boolean fallback,
                                  @Value("${bansos.matching.fallback.window-days:3}") int windowDays) {
        return new InboundApplier(commands, jdbi, banks, readModels, new FallbackRule(fallback, windowDays));
    }
}

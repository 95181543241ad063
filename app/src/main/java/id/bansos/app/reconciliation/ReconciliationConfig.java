package id.bansos.app.reconciliation;

import id.bansos.bank.profile.BankProfiles;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.reconciliation.matching.axon.InboundApplier;
import id.bansos.reconciliation.cases.axon.CaseAggregate;
import id.bansos.reconciliation.cases.axon.CaseProjection;
import id.bansos.reconciliation.cases.axon.FlagScanner;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires reconciliation: applying received files to their payments, the money trail, flags and cases. */
@Configuration(proxyBeanMethods = false)
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
    ConfigurerModule reconciliationAxonModule(TrailPostings postings, CaseReadModel cases) {
        return configurer -> {
            configurer.configureAggregate(CaseAggregate.class);
            configurer.configureAggregate(TreasuryReturnAggregate.class);
            configurer.eventProcessing(processing -> processing
                    .registerEventHandler(c -> new MoneyTrailProjection(postings))
                    .registerEventHandler(c -> new CaseProjection(cases)));
        };
    }

    @Bean
    TreasuryAgeing treasuryAgeing(Jdbi jdbi) {
        return new TreasuryAgeing(jdbi);
    }

    @Bean
    FlagScanner flagScanner(CommandGateway commands, Jdbi jdbi, ReadModels readModels, TreasuryAgeing ageing,
                            @Value("${bansos.treasury.deposit-days:30}") int depositDays) {
        return new FlagScanner(commands, jdbi, readModels, ageing, depositDays, Clock.systemUTC());
    }

    @Bean
    InboundApplier inboundApplier(CommandGateway commands, Jdbi jdbi, BankProfiles banks, ReadModels readModels) {
        return new InboundApplier(commands, jdbi, banks, readModels);
    }
}

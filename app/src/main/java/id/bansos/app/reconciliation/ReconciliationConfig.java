package id.bansos.app.reconciliation;

import id.bansos.bank.profile.BankProfiles;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.reconciliation.matching.axon.InboundApplier;
import id.bansos.reconciliation.trail.axon.MoneyTrailProjection;
import id.bansos.reconciliation.trail.readmodel.TrailPostings;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires reconciliation: applying received files to the payments they report on, and the money trail. */
@Configuration(proxyBeanMethods = false)
public class ReconciliationConfig {

    @Bean
    TrailPostings trailPostings(Jdbi jdbi) {
        return new TrailPostings(jdbi);
    }

    @Bean
    ConfigurerModule moneyTrailModule(TrailPostings postings) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerEventHandler(c -> new MoneyTrailProjection(postings)));
    }

    @Bean
    InboundApplier inboundApplier(CommandGateway commands, Jdbi jdbi, BankProfiles banks, ReadModels readModels) {
        return new InboundApplier(commands, jdbi, banks, readModels);
    }
}

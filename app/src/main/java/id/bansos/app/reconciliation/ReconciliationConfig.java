package id.bansos.app.reconciliation;

import id.bansos.bank.profile.BankProfiles;
import id.bansos.ledger.readmodel.ReadModels;
import id.bansos.reconciliation.matching.axon.InboundApplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires reconciliation: applying received files to the payments they report on. */
@Configuration(proxyBeanMethods = false)
public class ReconciliationConfig {

    @Bean
    InboundApplier inboundApplier(CommandGateway commands, Jdbi jdbi, BankProfiles banks, ReadModels readModels) {
        return new InboundApplier(commands, jdbi, banks, readModels);
    }
}

package id.bansos.app.disbursement;

import id.bansos.disbursement.batch.ApprovalBands;
import id.bansos.disbursement.batch.axon.BatchAggregate;
import id.bansos.disbursement.batch.axon.BatchProjection;
import id.bansos.disbursement.batch.readmodel.BatchLines;
import id.bansos.disbursement.batch.readmodel.BatchReadModel;
import id.bansos.disbursement.cycle.PreExportScreen;
import id.bansos.disbursement.cycle.axon.CyclePreparer;
import id.bansos.ledger.readmodel.ReadModels;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.jdbi.v3.core.Jdbi;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the monthly cycle: batches, maker-checker approval and their read models. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DisbursementConfig.ApprovalProperties.class)
public class DisbursementConfig {

    @Bean
    BatchLines batchLines(Jdbi jdbi) {
        return new BatchLines(jdbi);
    }

    @Bean
    BatchReadModel batchReadModel(Jdbi jdbi) {
        return new BatchReadModel(jdbi);
    }

    @Bean
    CyclePreparer cyclePreparer(CommandGateway commands, Jdbi jdbi, BatchLines lines, ReadModels readModels,
                                PreExportScreen screen) {
        return new CyclePreparer(commands, jdbi, lines, readModels, screen);
    }

    @Bean
    ApprovalBands approvalBands(ApprovalProperties properties) {
        return new ApprovalBands(properties.bands().stream()
                .map(b -> new ApprovalBands.Band(b.fromTotal(), b.approvals())).toList());
    }

    @Bean
    ConfigurerModule disbursementAxonModule(BatchReadModel readModel) {
        return configurer -> {
            configurer.configureAggregate(BatchAggregate.class);
            configurer.eventProcessing(processing -> processing
                    .registerEventHandler(c -> new BatchProjection(readModel)));
        };
    }

    /**
     * Approval bands: from each total (whole rupiah, inclusive) up, the number of distinct approvers a batch needs.
     * Default: one approver below Rp10 miliar, two from Rp10 miliar.
     */
    @ConfigurationProperties("bansos.approval")
    public record ApprovalProperties(List<Band> bands) {
        public ApprovalProperties {
            bands = bands == null || bands.isEmpty()
                    ? List.of(new Band(0, 1), new Band(10_000_000_000L, 2)) : List.copyOf(bands);
        }

        /** One band. */
        public record Band(long fromTotal, int approvals) {
        }
    }
}

package id.bansos.app.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the event processors meet failures. A handler that fails (the database gone mid-batch, among others) fails its
 * whole batch: the read-model writes and the token roll back together, and the processor takes the batch up again
 * with backoff until it goes through. Axon's default would log the failure and go on past the event, leaving the read
 * model without it for good.
 */
@Configuration(proxyBeanMethods = false)
public class EventProcessingConfig {

    @Bean
    ConfigurerModule handlerFailuresFailTheBatch() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance()));
    }
}

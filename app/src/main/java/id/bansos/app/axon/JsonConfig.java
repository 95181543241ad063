package id.bansos.app.axon;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON without reflective calls: Jackson's Blackbird module reaches properties through generated accessors. Spring Boot
 * adds every module bean to its object mapper, which Axon's event, message and general serializers use, so every
 * event written to and read from the event store goes through it.
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfig {

    @Bean
    Module blackbird() {
        return new BlackbirdModule();
    }
}

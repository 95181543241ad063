package id.bansos.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application: started by the CLI for serving and for commands that need the ledger. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BansosServer {
}

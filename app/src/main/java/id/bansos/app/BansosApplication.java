package id.bansos.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The bansos-ledger application. */
@SpringBootApplication
public class BansosApplication {
    public static void main(String[] args) {
        SpringApplication.run(BansosApplication.class, args);
    }
}

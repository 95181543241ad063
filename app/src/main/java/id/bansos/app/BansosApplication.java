package id.bansos.app;

import org.springframework.boot.SpringApplication;

/** Entry point of {@code bansos.jar}. */
public final class BansosApplication {

    private BansosApplication() {
    }

    public static void main(String[] args) {
        SpringApplication.run(BansosServer.class, args);
    }
}

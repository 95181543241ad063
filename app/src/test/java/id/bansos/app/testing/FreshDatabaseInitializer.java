package id.bansos.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.util.FileSystemUtils;

/** Points a Spring test context at a database and an exchange folder of its own, removed when the context closes. */
public class FreshDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        Path exchange = exchangeFolder();
        TestPropertyValues.of(
                "bansos.exchange.root=" + exchange,
                "bansos.db.url=" + db.url(),
                "bansos.db.user=" + db.user(),
                "bansos.db.password=" + db.password(),
                "spring.quartz.auto-startup=false"
        ).applyTo(context);
        context.addApplicationListener((ContextClosedEvent closed) -> {
            try {
                FileSystemUtils.deleteRecursively(exchange);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the test exchange folder " + exchange, e);
            }
        });
    }

    private static Path exchangeFolder() {
        try {
            return Files.createTempDirectory("bansos-exchange-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

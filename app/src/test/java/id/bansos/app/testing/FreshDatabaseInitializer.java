package id.bansos.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a Spring test context at a database and an exchange folder of its own. */
public class FreshDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        Path exchange;
        try {
            exchange = Files.createTempDirectory("bansos-exchange-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestPropertyValues.of(
                "bansos.exchange.root=" + exchange,
                "bansos.db.url=" + db.url(),
                "bansos.db.user=" + db.user(),
                "bansos.db.password=" + db.password(),
                "spring.quartz.auto-startup=false"
        ).applyTo(context);
    }
}

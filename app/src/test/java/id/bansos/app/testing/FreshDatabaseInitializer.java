package id.bansos.app.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a Spring test context at a database of its own. */
public class FreshDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        TestPropertyValues.of(
                "bansos.db.url=" + db.url(),
                "bansos.db.user=" + db.user(),
                "bansos.db.password=" + db.password(),
                "spring.quartz.auto-startup=false"
        ).applyTo(context);
    }
}

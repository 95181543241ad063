package id.bansos.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.BansosServer;
import id.bansos.app.console.batches.BatchViews;
import id.bansos.app.console.cases.CaseViews;
import id.bansos.app.testing.ConsolePeople;
import id.bansos.app.testing.FreshDatabaseInitializer;
import id.bansos.reconciliation.cases.readmodel.CaseQueue;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Takes the console's screenshots in docs/screenshots/ with the real Chromium, on the cycle {@code serve --demo}
 * shows: the dashboard, the Sembako batch with the most held entitlements (as an approver sees them), and the open case
 * with the most flags (as an operations officer sees it). Runs only
 * when asked: {@code ./mvnw -q -pl app -am verify -Dtest=ConsoleScreenshots -Dscreenshots=true
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.skip=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
@SpringBootTest(classes = BansosServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConsoleScreenshots {

    private static final Path SCREENSHOTS = Path.of("../docs/screenshots");
    private static final String PASSWORD = "rahasia-sekali";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext ctx;
    @Autowired
    BatchViews batches;
    @Autowired
    CaseViews cases;

    @DynamicPropertySource
    static void people(DynamicPropertyRegistry registry) {
        ConsolePeople.register(registry, PASSWORD, Map.of("demo-pemeriksa-1", "approver",
                "demo-operasi", "operations"));
    }

    @Test
    void given_the_demo_cycle_the_dashboard_a_batch_and_a_case_are_saved_as_they_look(@TempDir Path work)
            throws Exception {
        ConsoleCycle.run(ctx, work, List.of());
        BatchViews.Batch batch = batches.batches(ConsoleCycle.PERIOD.toString()).stream()
                .filter(b -> b.program().equals("SEMBAKO"))
                .max(Comparator.comparingInt(b -> batches.held(b).size())).orElseThrow();
        String caseId = cases.queue(new CaseQueue.Filter(null, null, null, null, null, "OPEN", null,
                        CaseViews.QUEUE_LIMIT)).stream()
                .max(Comparator.comparingInt(CaseQueue.Item::flags)).orElseThrow().caseId();

        try (Browser browser = Browser.on(port)) {
            browser.logIn("demo-pemeriksa-1", PASSWORD).screenshot(SCREENSHOTS.resolve("dashboard.png"));
            browser.open("/batches/" + batch.batchId()).screenshot(SCREENSHOTS.resolve("batch.png"));
            browser.click("logout").logIn("demo-operasi", PASSWORD).open("/cases/" + caseId)
                    .screenshot(SCREENSHOTS.resolve("case.png"));
        }

        assertThat(List.of("dashboard.png", "batch.png", "case.png"))
                .allSatisfy(png -> assertThat(SCREENSHOTS.resolve(png).toFile().length()).isGreaterThan(10_000));
    }
}

package id.bansos.app.kpm;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.app.BansosServer;
import id.bansos.app.db.DataSourceConfig.DatabaseLocation;
import id.bansos.app.testing.LedgerIntegrationTest;
import id.bansos.ledger.kpm.axon.ApplyRosterLine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The event store on PostgreSQL under concurrent commands: conflicts are conflicts, bursts never fail. */
@LedgerIntegrationTest
class EventStoreConcurrencyTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    CommandBus commandBus;
    @Autowired
    Jdbi jdbi;
    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void concurrent_commands_on_one_household_from_two_nodes_give_one_winner_and_a_concurrency_conflict()
            throws Exception {
        var household = TestHouseholds.household("KPM-RACE", 1);
        commands.sendAndWait(new ApplyRosterLine("KPM-RACE", household, TestHouseholds.PERIOD,
                TestHouseholds.sembako(), "imp-1"));
        try (ConfigurableApplicationContext otherNode = secondNode()) {
            CommandBus otherBus = otherNode.getBean(CommandBus.class);
            CommandGateway otherCommands = otherNode.getBean(CommandGateway.class);
            int rounds = 3;
            for (int round = 0; round < rounds; round++) {
                CyclicBarrier bothLoaded = new CyclicBarrier(2);
                MessageHandlerInterceptor<CommandMessage<?>> holdBeforeCommit = (unitOfWork, chain) -> {
                    Object result = chain.proceed();
                    bothLoaded.await(30, TimeUnit.SECONDS);
                    return result;
                };
                Registration here = commandBus.registerHandlerInterceptor(holdBeforeCommit);
                Registration there = otherBus.registerHandlerInterceptor(holdBeforeCommit);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    var movedHere = TestHouseholds.movedTo(household, "Jl. Mawar " + round);
                    var movedThere = TestHouseholds.movedTo(household, "Jl. Kenanga " + round);
                    List<Future<?>> outcomes = List.of(
                            pool.submit(() -> commands.sendAndWait(new ApplyRosterLine("KPM-RACE", movedHere,
                                    TestHouseholds.PERIOD, TestHouseholds.sembako(), "imp-2"))),
                            pool.submit(() -> otherCommands.sendAndWait(new ApplyRosterLine("KPM-RACE", movedThere,
                                    TestHouseholds.PERIOD, TestHouseholds.sembako(), "imp-2"))));
                    int won = 0;
                    int conflicts = 0;
                    for (Future<?> outcome : outcomes) {
                        try {
                            outcome.get(60, TimeUnit.SECONDS);
                            won++;
                        } catch (ExecutionException e) {
                            assertThat(e.getCause()).isInstanceOf(ConcurrencyException.class);
                            conflicts++;
                        }
                    }
                    assertThat(won).as("winners in round %d", round).isEqualTo(1);
                    assertThat(conflicts).as("conflicts in round %d", round).isEqualTo(1);
                } finally {
                    here.cancel();
                    there.cancel();
                    pool.shutdownNow();
                }
            }
            long stored = jdbi.withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = 'KPM-RACE'")
                    .mapTo(Long.class).one());
            assertThat(stored).as("registered + entitlement + one address change per round").isEqualTo(2 + rounds);
        }
    }

    private ConfigurableApplicationContext secondNode() {
        DatabaseLocation db = context.getBean(DatabaseLocation.class);
        return new SpringApplicationBuilder(BansosServer.class).web(WebApplicationType.NONE)
                .run("--bansos.db.url=" + db.url(), "--bansos.db.user=" + db.user(),
                        "--bansos.db.password=" + db.password(), "--spring.quartz.auto-startup=false");
    }

    @Test
    void a_multi_thread_burst_of_commands_has_zero_failures() throws Exception {
        int threads = 8;
        int perThread = 400;
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    int n = 1000 + thread * perThread + i;
                    try {
                        commands.sendAndWait(new ApplyRosterLine("KPM-BURST-" + n,
                                TestHouseholds.household("KPM-BURST-" + n, n),
                                TestHouseholds.PERIOD, TestHouseholds.sembako(), "imp-burst"));
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(failures.get()).isZero();
        long stored = jdbi.withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier LIKE 'KPM-BURST-%'")
                .mapTo(Long.class).one());
        assertThat(stored).isEqualTo(2L * threads * perThread);
    }
}

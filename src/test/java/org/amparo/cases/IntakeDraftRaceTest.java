package org.amparo.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.google.inject.util.Modules;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.amparo.AmparoApplication;
import org.amparo.bootstrap.AmparoModule;
import org.amparo.clients.Client;
import org.amparo.clients.ClientService;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.VawaFacts;
import org.amparo.security.VaultService;
import org.amparo.testing.InMemoryServicesModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intake window saves its draft in the background while she answers, so a draft save can still be running
 * when the advocate presses Finish. On the app's real services (encrypted vault, chained audit log) the two must
 * neither fail each other nor leave a draft behind on a case whose intake is finished.
 */
class IntakeDraftRaceTest {

    private static final int ROUNDS = 25;

    @TempDir
    Path home;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aDraftSaveRunningWhileTheIntakeFinishesNeitherFailsItNorOutlivesIt() throws Exception {
        Injector injector = AmparoApplication.injector(List.of(Modules.override(AmparoModule.forDesktop())
                .with(new InMemoryServicesModule(home, false))));
        injector.getInstance(VaultService.class).create(home.resolve("vault"), "Rosa Prueba",
                "violet tractor harbour moonlight".toCharArray());
        ClientService clients = injector.getInstance(ClientService.class);
        CaseService cases = injector.getInstance(CaseService.class);
        FactsDocument answers = new FactsDocument(FactsDocument.SCHEMA_ID, "x", null, null, null, null, null, null,
                null, new VawaFacts(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, List.of("police report"), null, null), null, null, null, null, null, null, null);

        for (int round = 0; round < ROUNDS; round++) {
            Client client = clients.save(Client.newClient(CaseStoreFixture.person("Lucía", "Prueba " + round)));
            CaseInfo intake = cases.openCase(new CaseInfo(null, client.id(), "", Set.of(), CaseStatus.INTAKE,
                    "Rosa Prueba", null, "main", LocalDate.of(2026, 5, 1), null, 0));
            IntakeDraft draft = new IntakeDraft(intake.id(), "VAWA", "{\"schema\":\"amparo-facts/1\"}",
                    Instant.parse("2026-06-01T10:00:00Z"), Map.of(FactSection.VAWA, 0));
            cases.saveIntakeDraft(draft);
            CountDownLatch go = new CountDownLatch(1);
            Future<?> lateDraft = pool.submit(() -> {
                go.await();
                cases.saveIntakeDraft(draft);
                return null;
            });
            Future<CaseInfo> finished = pool.submit(() -> {
                go.await();
                return cases.finishIntake(new IntakeFinish(intake.id(), intake.version(), null, answers,
                        Map.of(FactSection.VAWA, 0)));
            });
            go.countDown();

            assertThat(finished.get(30, TimeUnit.SECONDS).status()).as("round %d", round).isEqualTo(CaseStatus.OPEN);
            lateDraft.get(30, TimeUnit.SECONDS);
            assertThat(cases.intakeDraft(intake.id())).as("no draft left on the opened case, round %d", round)
                    .isEmpty();
        }
    }
}

package org.amparo.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseStatus;
import org.amparo.clients.Client;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.testing.InMemoryCaseService;
import org.amparo.testing.InMemoryClientService;
import org.junit.jupiter.api.Test;

class ClientCasesViewModelTest {

    private final InMemoryClientService clients = new InMemoryClientService();
    private final InMemoryCaseService cases = new InMemoryCaseService(clients);
    private final List<String> opened = new ArrayList<>();

    private final CaseOpener opener = new CaseOpener() {
        @Override
        public void openCase(long caseId) {
            opened.add("case " + caseId);
        }

        @Override
        public void openIntake(long caseId) {
            opened.add("intake " + caseId);
        }

        @Override
        public void showClientCases(long clientId) {
            opened.add("list " + clientId);
        }
    };

    private ClientCasesViewModel list(long clientId) {
        ClientCasesViewModel model = new ClientCasesViewModel(cases, clients,
                TestSecurity.permitAll("ana", Role.ADVOCATE, "north"), SyncTaskRunner.immediate(),
                new Messages(Locale.ENGLISH), CaseViewModelTest.TODAY, opener, clientId);
        model.load();
        return model;
    }

    @Test
    void startingAnIntakeMakesACaseAssignedToTheAdvocateAndOpensItsInterview() throws Exception {
        long id = clients.save(Client.newClient(CaseViewModelTest.person("Ana", "Demo-Prueba"))).id();
        ClientCasesViewModel model = list(id);
        assertThat(model.statusProperty().get()).isEqualTo("She has no cases yet.");
        model.startIntake();
        CaseInfo created = cases.casesOf(id).get(0);
        assertThat(created.status()).isEqualTo(CaseStatus.INTAKE);
        assertThat(created.assignedAdvocate()).isEqualTo("ana");
        assertThat(created.program()).isEqualTo("north");
        assertThat(opened).containsExactly("intake " + created.id());
    }

    @Test
    void aCaseInIntakeReopensItsInterviewAndAnOpenCaseItsCaseView() throws Exception {
        long id = clients.save(Client.newClient(CaseViewModelTest.person("Ana", "Demo-Prueba"))).id();
        CaseInfo intake = cases.openCase(new CaseInfo(null, id, "", Set.of(), CaseStatus.INTAKE, "ana", null, "north",
                LocalDate.of(2026, 2, 1), null, 0));
        CaseInfo open = cases.openCase(new CaseInfo(null, id, "", Set.of(), CaseStatus.OPEN, "ana", null, "north",
                LocalDate.of(2026, 2, 2), null, 0));
        ClientCasesViewModel model = list(id);
        assertThat(model.cases()).hasSize(2);
        assertThat(model.describe(open)).isEqualTo("Case 2026-0002 · Open · opened 2/2/2026");
        model.open(intake);
        model.open(open);
        assertThat(opened).containsExactly("intake " + intake.id(), "case " + open.id());
    }
}

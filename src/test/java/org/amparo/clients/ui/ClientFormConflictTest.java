package org.amparo.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import org.amparo.cases.AdverseParty;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.ConflictWarning;
import org.amparo.clients.Client;
import org.amparo.facts.Person;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.testing.FakeDialogService;
import org.amparo.testing.InMemoryCaseService;
import org.amparo.testing.InMemoryClientService;
import org.junit.jupiter.api.Test;

/** The conflict check before a new client is saved: who matched and how, then Continue or Go back. */
class ClientFormConflictTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private final InMemoryClientService clients = new InMemoryClientService();
    private final InMemoryCaseService cases = new InMemoryCaseService(clients);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final List<Long> casesShown = new ArrayList<>();

    private ClientFormViewModel newClientNamed(String given, String family) {
        ClientFormViewModel form = new ClientFormViewModel(clients, SyncTaskRunner.immediate(), dialogs, messages,
                TODAY, text -> { }, new ConflictWarning(cases, messages), casesShown::add, OptionalLong.empty());
        form.draft().givenNameProperty().set(given);
        form.draft().familyNameProperty().set(family);
        return form;
    }

    /** Marta Ejemplo (a client) names Jorge Demo-Prueba as her abuser on her case. */
    private void anAbuserOnRecord() throws Exception {
        long marta = clients.save(Client.newClient(new Person("Marta", "Ejemplo", null, List.of(), null, null,
                List.of(), List.of(), null, List.of(), List.of(), null, null))).id();
        long caseId = cases.openCase(new CaseInfo(null, marta, "2026-0007", Set.of(), CaseStatus.OPEN, "ana", null,
                "main", LocalDate.of(2026, 1, 5), null, 0)).id();
        cases.saveAdverseParty(new AdverseParty(null, caseId, AdverseParty.Role.ABUSER, "Jorge", "Demo-Prueba",
                List.of(), null, "former husband", 0));
    }

    @Test
    void aNewClientWhoIsSomeonesAbuserWarnsAndGoBackSavesNothing() throws Exception {
        anAbuserOnRecord();
        int before = clients.count();
        dialogs.answerConfirmationsWith(false);
        ClientFormViewModel form = newClientNamed("Jorge", "Demo-Prueba");
        form.save();
        assertThat(dialogs.confirmations).containsExactly("This person may already be known");
        assertThat(clients.count()).isEqualTo(before);
        assertThat(form.busyProperty().get()).as("the form can be edited again").isFalse();
    }

    @Test
    void theWarningSaysWhoMatchedAndHow() throws Exception {
        anAbuserOnRecord();
        assertThat(new ConflictWarning(cases, messages).check(new org.amparo.cases.PersonQuery("jorge",
                "DEMO-PRUEBA", List.of(), null)))
                .containsExactly("Jorge Demo-Prueba: adverse party (abuser) on case 2026-0007 (matched on name)");
        assertThat(new ConflictWarning(cases, messages).check(new org.amparo.cases.PersonQuery("Marta", "Ejemplo",
                List.of(), null))).containsExactly("Ejemplo, Marta: already a client (matched on name)");
    }

    @Test
    void continueSavesTheNewClient() throws Exception {
        anAbuserOnRecord();
        int before = clients.count();
        dialogs.answerConfirmationsWith(true);
        newClientNamed("Jorge", "Demo-Prueba").save();
        assertThat(clients.count()).isEqualTo(before + 1);
    }

    @Test
    void nobodyMatchingSavesWithoutAsking() {
        newClientNamed("Inés", "Prueba").save();
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(clients.count()).isEqualTo(1);
    }

    @Test
    void anExistingClientsFormShowsHerCases() throws Exception {
        long id = clients.save(Client.newClient(new Person("Inés", "Prueba", null, List.of(), null, null, List.of(),
                List.of(), null, List.of(), List.of(), null, null))).id();
        ClientFormViewModel form = new ClientFormViewModel(clients, SyncTaskRunner.immediate(), dialogs, messages,
                TODAY, text -> { }, new ConflictWarning(cases, messages), casesShown::add, OptionalLong.of(id));
        assertThat(form.existingProperty().get()).isTrue();
        form.showCases();
        assertThat(casesShown).containsExactly(id);
    }
}

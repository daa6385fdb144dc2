package org.amparo.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amparo.clients.Client;
import org.amparo.clients.ClientSummary;
import org.amparo.facts.Person;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.security.AccessControl;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.testing.InMemoryClientService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientListViewModelTest {

    private final InMemoryClientService clients = new InMemoryClientService();
    private final List<String> opened = new ArrayList<>();
    private final ClientFormOpener opener = new ClientFormOpener() {
        @Override
        public void openNew(Runnable onSaved) {
            opened.add("new");
        }

        @Override
        public void open(long clientId, Runnable onSaved) {
            opened.add("client " + clientId);
        }
    };

    @BeforeEach
    void setUp() throws Exception {
        add("Rosa", "Ejemplo", List.of("La Güera"), "A123456789", "(555) 010-2345");
        add("Marta", "Prueba", List.of("Tita"), "A987654321", "555-010-9999");
        add("Ana", "Demo-Lopez", List.of(), null, null);
    }

    private void add(String given, String family, List<String> aliases, String aNumber, String phone)
            throws Exception {
        List<Person.Phone> phones = phone == null ? List.of() : List.of(new Person.Phone(phone, true, false, false));
        clients.save(Client.newClient(new Person(given, family, null, aliases, null, Person.Sex.F, List.of(),
                List.of(), aNumber, phones, List.of(), null, null)));
    }

    private ClientListViewModel viewModel(SyncTaskRunner tasks) {
        return viewModel(tasks, TestSecurity.permitAll("prueba", Role.ADVOCATE, "main"));
    }

    private ClientListViewModel viewModel(SyncTaskRunner tasks, AccessControl access) {
        return new ClientListViewModel(clients, tasks, new Messages(Locale.ENGLISH), opener, access);
    }

    @Test
    void newClientAndImportAreOfferedOnlyToWhoMayAddClients() {
        Database db = TestDatabases.freshInMemory();
        ClientListViewModel advocate = viewModel(SyncTaskRunner.immediate(),
                TestSecurity.asUser(db, "abogada", "main", Role.ADVOCATE));
        ClientListViewModel administrator = viewModel(SyncTaskRunner.immediate(),
                TestSecurity.asUser(db, "admin", "main", Role.ADMINISTRATOR));
        ClientListViewModel volunteer = viewModel(SyncTaskRunner.immediate(),
                TestSecurity.asUser(db, "voluntaria", "main", Role.VOLUNTEER));

        advocate.activate();
        administrator.activate();
        volunteer.activate();

        assertThat(advocate.mayAddProperty().get()).isTrue();
        assertThat(advocate.mayImportProperty().get()).isTrue();
        assertThat(administrator.mayAddProperty().get()).as("break-glass never adds clients").isFalse();
        assertThat(administrator.mayImportProperty().get()).isFalse();
        assertThat(volunteer.mayImportProperty().get()).isFalse();
    }

    private static List<String> names(List<ClientSummary> rows) {
        return rows.stream().map(ClientSummary::displayName).toList();
    }

    @Test
    void nothingIsQueriedUntilTheViewIsShown() {
        ClientListViewModel viewModel = viewModel(SyncTaskRunner.immediate());
        viewModel.queryProperty().set("rosa");
        assertThat(clients.searchCount()).isZero();
        viewModel.activate();
        assertThat(names(viewModel.results())).containsExactly("Ejemplo, Rosa");
    }

    @Test
    void typingSearchesNamesAliasesANumberAndPhone() {
        ClientListViewModel viewModel = viewModel(SyncTaskRunner.immediate());
        viewModel.activate();
        assertThat(viewModel.results()).hasSize(3);
        assertThat(viewModel.statusProperty().get()).isEqualTo("3 clients");
        viewModel.queryProperty().set("gue");
        assertThat(names(viewModel.results())).as("alias, accents ignored").containsExactly("Ejemplo, Rosa");
        viewModel.queryProperty().set("987654");
        assertThat(names(viewModel.results())).as("A-number digits").containsExactly("Prueba, Marta");
        viewModel.queryProperty().set("010-9999");
        assertThat(names(viewModel.results())).as("phone").containsExactly("Prueba, Marta");
        viewModel.queryProperty().set("zzz");
        assertThat(viewModel.results()).isEmpty();
        assertThat(viewModel.statusProperty().get()).isEqualTo("No client matches \"zzz\".");
    }

    @Test
    void anOlderAnswerArrivingAfterANewerOneIsDiscarded() {
        SyncTaskRunner tasks = SyncTaskRunner.held();
        ClientListViewModel viewModel = viewModel(tasks);
        viewModel.activate();
        tasks.runAllHeld();
        viewModel.queryProperty().set("ta");
        viewModel.queryProperty().set("rosa");
        assertThat(tasks.heldCount()).isEqualTo(2);
        tasks.runHeld(1);
        assertThat(names(viewModel.results())).containsExactly("Ejemplo, Rosa");
        tasks.runHeld(0);
        assertThat(names(viewModel.results())).as("stale 'ta' answer dropped").containsExactly("Ejemplo, Rosa");
    }

    @Test
    void answersArrivingAfterTheViewWentAwayAreDropped() {
        SyncTaskRunner tasks = SyncTaskRunner.held();
        ClientListViewModel viewModel = viewModel(tasks);
        viewModel.activate();
        viewModel.deactivate();
        tasks.runAllHeld();
        assertThat(viewModel.results()).isEmpty();
    }

    @Test
    void openAndNewGoThroughTheOpener() {
        ClientListViewModel viewModel = viewModel(SyncTaskRunner.immediate());
        viewModel.activate();
        viewModel.open(viewModel.results().get(0));
        viewModel.newClient();
        assertThat(opened).containsExactly("client " + viewModel.results().get(0).id(), "new");
    }
}

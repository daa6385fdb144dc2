package org.amparo.courthouse.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.amparo.courthouse.CourthouseService;
import org.amparo.courthouse.DefaultCourthouseService;
import org.amparo.courthouse.IceActivityReport;
import org.amparo.courthouse.data.CourthouseRepository;
import org.amparo.facts.CourtEvent.CourtType;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** Adding and editing a courthouse and logging or correcting ICE activity at it from the reference-data page. */
class CourthousesViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private final Database db = TestDatabases.freshInMemory();
    private final CourthouseService service = new DefaultCourthouseService(new CourthouseRepository(db), db,
            TestSecurity.permitAll("prueba", Role.ADVOCATE, "p"), new TestSecurity.RecordingAuditLog());
    private final CourthousesViewModel viewModel = new CourthousesViewModel(service, SyncTaskRunner.immediate(),
            new Messages(Locale.ENGLISH), () -> TODAY);

    private void addExampleCourt() {
        viewModel.nameProperty().set("Example Family Court");
        viewModel.countyProperty().set("Example County");
        viewModel.stateProperty().set("TX");
        viewModel.courtTypesProperty().set("family, Protective Order");
        viewModel.saveCourthouse();
    }

    @Test
    void aCourthouseIsAddedListedAndTheFormCleared() {
        addExampleCourt();
        assertThat(viewModel.courthouses()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Example Family Court");
            assertThat(c.courtTypes()).containsExactlyInAnyOrder(CourtType.family, CourtType.protective_order);
        });
        assertThat(viewModel.statusProperty().get()).isEqualTo("Saved Example Family Court.");
        assertThat(viewModel.nameProperty().get()).isEmpty();
    }

    @Test
    void aReportIsLoggedAtTheSelectedCourthouseAndCanBeVerified() {
        addExampleCourt();
        viewModel.logReport();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Choose a courthouse first.");

        viewModel.selectedProperty().set(viewModel.courthouses().get(0));
        viewModel.whatSeenProperty().set("Two officers asking for names at the entrance");
        viewModel.sourceProperty().set("Court watcher");
        viewModel.logReport();
        assertThat(viewModel.reports()).singleElement().satisfies(r -> {
            assertThat(r.observedOn()).isEqualTo(TODAY);
            assertThat(r.verified()).isFalse();
        });
        assertThat(service.recentReportCount("TX", "Example County", "Example Family Court", TODAY)).isEqualTo(1);

        viewModel.setVerified(viewModel.reports().get(0), true);
        assertThat(viewModel.reports()).extracting(IceActivityReport::verified).containsExactly(true);
    }

    @Test
    void badInputIsExplainedNotSaved() {
        viewModel.nameProperty().set("Example Court");
        viewModel.courtTypesProperty().set("family, karaoke");
        viewModel.saveCourthouse();
        assertThat(viewModel.statusProperty().get()).startsWith("Court types are family");
        viewModel.courtTypesProperty().set("family");
        viewModel.stateProperty().set("Narnia");
        viewModel.countyProperty().set("Example County");
        viewModel.saveCourthouse();
        assertThat(viewModel.statusProperty().get()).contains("Narnia");
        assertThat(viewModel.courthouses()).isEmpty();
        assertThatThrownBy(() -> CourthousesViewModel.parseTypes("karaoke")).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void editingACourthouseChangesItAndKeepsItsReports() throws Exception {
        addExampleCourt();
        viewModel.selectedProperty().set(viewModel.courthouses().get(0));
        viewModel.whatSeenProperty().set("Van parked at the side entrance");
        viewModel.sourceProperty().set("Rapid-response line");
        viewModel.logReport();

        viewModel.editCourthouse();
        assertThat(viewModel.editingCourthouseProperty().get()).isNotNull();
        assertThat(viewModel.courtTypesProperty().get()).isEqualTo("family, protective_order");
        viewModel.nameProperty().set("Example Family Justice Center");
        viewModel.addressProperty().set("1 Demo Plaza, Example City");
        viewModel.countyProperty().set("Prueba County");
        viewModel.courtTypesProperty().set("family, civil");
        viewModel.saveCourthouse();

        assertThat(viewModel.editingCourthouseProperty().get()).isNull();
        assertThat(viewModel.courthouses()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Example Family Justice Center");
            assertThat(c.address()).isEqualTo("1 Demo Plaza, Example City");
            assertThat(c.county()).isEqualTo("Prueba County");
            assertThat(c.courtTypes()).containsExactlyInAnyOrder(CourtType.family, CourtType.civil);
            assertThat(c.version()).isEqualTo(1);
        });
        assertThat(service.recentReportCount("TX", "Prueba County", "Example Family Justice Center", TODAY))
                .as("the report stays with the courthouse").isEqualTo(1);
    }

    @Test
    void aStaleCourthouseEditIsRefusedWithAMessage() throws Exception {
        addExampleCourt();
        viewModel.selectedProperty().set(viewModel.courthouses().get(0));
        viewModel.editCourthouse();
        var current = service.courthouses().get(0);
        service.saveCourthouse(new org.amparo.courthouse.Courthouse(current.id(), "Renamed elsewhere", null,
                current.county(), current.state(), current.courtTypes(), current.version()));

        viewModel.nameProperty().set("My rename");
        viewModel.saveCourthouse();

        assertThat(viewModel.statusProperty().get()).startsWith("Someone else changed this courthouse");
        assertThat(viewModel.courthouses()).extracting(c -> c.name()).containsExactly("Renamed elsewhere");
        assertThat(viewModel.editingCourthouseProperty().get()).isNull();
    }

    @Test
    void aLoggedReportCanBeCorrected() {
        addExampleCourt();
        viewModel.selectedProperty().set(viewModel.courthouses().get(0));
        viewModel.whatSeenProperty().set("Officers in hallway");
        viewModel.sourceProperty().set("Court watcher");
        viewModel.logReport();

        viewModel.editReport(viewModel.reports().get(0));
        assertThat(viewModel.whatSeenProperty().get()).isEqualTo("Officers in hallway");
        viewModel.observedOnProperty().set(TODAY.minusDays(1));
        viewModel.whatSeenProperty().set("Two plain-clothes officers in the family-court hallway");
        viewModel.verifiedProperty().set(true);
        viewModel.logReport();

        assertThat(viewModel.statusProperty().get()).isEqualTo("Report corrected.");
        assertThat(viewModel.reports()).singleElement().satisfies(r -> {
            assertThat(r.observedOn()).isEqualTo(TODAY.minusDays(1));
            assertThat(r.whatSeen()).startsWith("Two plain-clothes");
            assertThat(r.source()).isEqualTo("Court watcher");
            assertThat(r.verified()).isTrue();
            assertThat(r.version()).isEqualTo(1);
        });
        assertThat(viewModel.editingReportProperty().get()).isNull();

        viewModel.observedOnProperty().set(TODAY.plusDays(1));
        viewModel.whatSeenProperty().set("Future");
        viewModel.logReport();
        assertThat(viewModel.reports()).hasSize(1);
    }

    @Test
    void aRoleThatMayOnlyReadReferenceDataIsToldSo() {
        Database other = TestDatabases.freshInMemory();
        CourthouseService readOnly = new DefaultCourthouseService(new CourthouseRepository(other), other,
                TestSecurity.asUser(other, "volunteer-prueba", "p", Role.VOLUNTEER),
                new TestSecurity.RecordingAuditLog());
        CourthousesViewModel vm = new CourthousesViewModel(readOnly, SyncTaskRunner.immediate(),
                new Messages(Locale.ENGLISH), () -> TODAY);
        vm.nameProperty().set("Example Family Court");
        vm.countyProperty().set("Example County");
        vm.stateProperty().set("TX");
        vm.saveCourthouse();
        assertThat(vm.statusProperty().get()).isEqualTo("Your role can read courthouse data but not change it.");
    }
}

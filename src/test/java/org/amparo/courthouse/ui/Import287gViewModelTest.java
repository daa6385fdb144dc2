package org.amparo.courthouse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.amparo.courthouse.DefaultIce287gService;
import org.amparo.courthouse.Ice287gService;
import org.amparo.courthouse.data.Ice287gRepository;
import org.amparo.courthouse.ice287g.Ice287gParser;
import org.amparo.courthouse.ice287g.ImportWarning;
import org.amparo.platform.db.TestDatabases;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.testing.FakeDialogService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing a file previews it (nothing stored); Import stores it, Cancel drops it; a wrong file says why. */
class Import287gViewModelTest {

    private static final String MANGLED = "STATE ,LAW ENFORCEMENT AGENCY,TYPE,COUNTY , SUPPORT TYPE,SIGNED,MOA,EXTRA\n"
            + "TX ,Example County Sheriff,County,Example County ,Task Force Model,45658,x,y\n"
            + ",,,,,,,\n"
            + "NM,Prueba County Jail,County,Prueba County,Jail Enforcement Model,13/45/2025,x,y\n";

    @TempDir Path dir;
    private Ice287gService service;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final org.amparo.security.AccessControl access = org.amparo.security.TestSecurity.permitAll("prueba",
            org.amparo.security.Role.ATTORNEY, "p");
    private Import287gViewModel viewModel;

    @BeforeEach
    void setUp() {
        var db = TestDatabases.freshInMemory();
        service = new DefaultIce287gService(new Ice287gRepository(db), new Ice287gParser(), db, access,
                new org.amparo.security.TestSecurity.RecordingAuditLog(), Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC));
        viewModel = new Import287gViewModel(service, SyncTaskRunner.immediate(), new Messages(Locale.ENGLISH),
                dialogs);
        viewModel.activate();
    }

    private Path file(String name, String content) throws Exception {
        Path path = dir.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    @Test
    void thePreviewShowsCountsAndWarningsAndStoresNothing() throws Exception {
        assertThat(viewModel.inForceProperty().get()).startsWith("No 287(g) list imported yet");
        viewModel.preview(file("participatingAgencies03012026am.csv", MANGLED));

        assertThat(viewModel.previewProperty().get()).isNotNull();
        assertThat(viewModel.summaryProperty().get()).isEqualTo("3 rows read: 2 agreements (Jail Enforcement 1, "
                + "Task Force 1, Warrant Service Officer 0) in 2 states and 2 counties; 1 blank rows skipped; "
                + "1 warnings.");
        assertThat(viewModel.warnings()).extracting(ImportWarning::row).containsExactly(4);
        assertThat(service.current()).as("a dry run stores nothing").isEmpty();
    }

    @Test
    void importStoresThePreviewedListAndShowsItInForce() throws Exception {
        viewModel.preview(file("participatingAgencies03012026am.csv", MANGLED));
        viewModel.confirm();

        assertThat(service.current()).hasValueSatisfying(s -> assertThat(s.agreementsImported()).isEqualTo(2));
        assertThat(viewModel.statusProperty().get()).isEqualTo("Imported 2 agreements: this list is now in force.");
        assertThat(viewModel.inForceProperty().get()).startsWith("In force: participatingAgencies03012026am.csv, "
                + "2 agreements (list of 2026-03-01");
        assertThat(viewModel.previewProperty().get()).isNull();
    }

    @Test
    void cancelDropsThePreview() throws Exception {
        viewModel.preview(file("list.csv", MANGLED));
        viewModel.cancel();
        assertThat(viewModel.previewProperty().get()).isNull();
        assertThat(viewModel.warnings()).isEmpty();
        viewModel.confirm();
        assertThat(service.current()).isEmpty();
    }

    @Test
    void aFileThatIsNotAListSaysSoAndOffersNoImport() throws Exception {
        viewModel.preview(file("notes.csv", "name,phone\nDemo,555\n"));
        assertThat(viewModel.previewProperty().get()).isNull();
        assertThat(viewModel.statusProperty().get()).startsWith("This file is not a 287(g) list");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void choosingAFileThroughTheDialogPreviewsItAndCancellingDoesNothing() throws Exception {
        viewModel.chooseFile();
        assertThat(dialogs.choosers).containsExactly("Choose ICE's 287(g) list");
        assertThat(viewModel.previewProperty().get()).isNull();

        dialogs.nextChosenPath = java.util.Optional.of(file("list.csv", MANGLED));
        viewModel.chooseFile();
        assertThat(viewModel.previewProperty().get()).isNotNull();
        assertThat(viewModel.fileProperty().get().getFileName().toString()).isEqualTo("list.csv");
    }

    @Test
    void aRoleThatMayNotImportIsToldSo() throws Exception {
        var db = TestDatabases.freshInMemory();
        Ice287gService denied = new DefaultIce287gService(new Ice287gRepository(db), new Ice287gParser(), db,
                org.amparo.security.TestSecurity.asUser(db, "volunteer-prueba", "p",
                        org.amparo.security.Role.VOLUNTEER),
                new org.amparo.security.TestSecurity.RecordingAuditLog(), Clock.systemUTC());
        Import287gViewModel vm = new Import287gViewModel(denied, SyncTaskRunner.immediate(),
                new Messages(Locale.ENGLISH), dialogs);
        vm.preview(file("list.csv", MANGLED));
        assertThat(vm.statusProperty().get()).isEqualTo("Your role cannot import the 287(g) list: ask an attorney "
                + "or an administrator.");
        assertThat(vm.previewProperty().get()).isNull();
    }
}

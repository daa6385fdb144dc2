package org.amparo.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.ImportedCase;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.retention.ui.DuePurge;
import org.amparo.retention.ui.PurgeCaseViewModel;
import org.amparo.retention.ui.RetentionSettingsViewModel;
import org.amparo.retention.ui.ScheduledPurgePrompt;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** The retention view models without the toolkit: what is enabled for whom, what is asked, what happens. */
class RetentionViewModelTest {

    private static final LocalDate CLOSED = LocalDate.of(2024, 1, 10);
    private final PurgeFixture f = new PurgeFixture();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final SyncTaskRunner tasks = SyncTaskRunner.immediate();
    private final Dialogs dialogs = new Dialogs();

    @Test
    void advocatesAndVolunteersSeeNoEnabledPurge() throws Exception {
        ImportedCase c = f.closedCaseWithEverything("2024-0001", CLOSED);
        for (Role role : List.of(Role.ADVOCATE, Role.VOLUNTEER)) {
            PurgeCaseViewModel model = new PurgeCaseViewModel(f.service(TestSecurity.asUser(f.db, "pat." + role,
                    "main", role)), tasks, dialogs, messages);
            model.setCase(c.caseId(), "2024-0001", CaseStatus.CLOSED);
            for (PurgeKind kind : PurgeKind.values()) {
                model.kindProperty().set(kind);
                assertThat(model.availableProperty().get()).as(role + " " + kind).isFalse();
            }
            assertThat(model.statusProperty().get()).contains("Only administrators and attorneys");
            model.purge();
        }
        assertThat(dialogs.titles).isEmpty();
        assertThat(f.cases.findCase(c.caseId())).isPresent();
    }

    @Test
    void anOpenCaseCannotBePurgedEvenByAnAttorney() {
        PurgeCaseViewModel model = new PurgeCaseViewModel(f.service(f.staff), tasks, dialogs, messages);
        model.setCase(7, "2026-0007", CaseStatus.OPEN);
        assertThat(model.availableProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Only a closed case can be purged.");
    }

    @Test
    void purgingACaseAsksForAReasonThenConfirmsByCaseNumberAndTellsTheBackupCaveat() throws Exception {
        ImportedCase c = f.closedCaseWithEverything("2024-0001", CLOSED);
        PurgeCaseViewModel model = new PurgeCaseViewModel(f.service(f.staff), tasks, dialogs, messages);
        model.setCase(c.caseId(), "2024-0001", CaseStatus.CLOSED);
        model.kindProperty().set(PurgeKind.WHOLE_CASE);
        assertThat(model.availableProperty().get()).isTrue();

        model.purge();
        assertThat(model.statusProperty().get()).isEqualTo("Give a reason for the purge.");
        model.reasonProperty().set("Client asked for her file to be deleted");
        dialogs.answer = false;
        model.purge();
        assertThat(f.cases.findCase(c.caseId())).as("declined").isPresent();

        dialogs.answer = true;
        model.purge();

        assertThat(dialogs.titles).containsExactly("Purge case 2024-0001", "Purge case 2024-0001");
        assertThat(dialogs.messages.get(1)).contains("Purge case 2024-0001 completely?", "rotate out");
        assertThat(f.cases.findCase(c.caseId())).isEmpty();
        assertThat(model.purgedProperty().get()).isTrue();
        assertThat(model.availableProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).contains("1 case(s) purged.", "Backups made before",
                "June 1, 2027");
    }

    @Test
    void onlyAdministratorsEditRulesAndAttorneysSeeTheDueCases() throws Exception {
        f.closedCaseWithEverything("2024-0001", CLOSED);
        RetentionSettingsViewModel admin = settings(f.service(TestSecurity.asUser(f.db, "ada.admin", "main",
                Role.ADMINISTRATOR)));
        admin.refresh();
        assertThat(admin.editableProperty().get()).isTrue();
        assertThat(admin.describe(admin.selectedProperty().get())).isEqualTo("main: no rule yet, nothing is purged");
        admin.monthsProperty().set(0);
        admin.save();
        assertThat(admin.statusProperty().get()).isEqualTo("Choose between 1 and 1,200 months.");
        admin.monthsProperty().set(12);
        admin.kindProperty().set(PurgeKind.NARRATIVES);
        admin.save();
        assertThat(admin.statusProperty().get()).isEqualTo("Retention rule of program main saved.");
        assertThat(admin.describe(admin.rules().get(0)))
                .isEqualTo("main: 12 months, then Narratives only (notes and free text); by hand only");

        RetentionSettingsViewModel attorney = settings(f.service(TestSecurity.asUser(f.db, "ana.attorney", "main",
                Role.ATTORNEY)));
        attorney.refresh();
        assertThat(attorney.editableProperty().get()).isFalse();
        assertThat(attorney.mayPurgeProperty().get()).isTrue();
        assertThat(attorney.candidates()).extracting(PurgeCandidate::verdict).containsExactly(RetentionVerdict.DUE);
    }

    @Test
    void aClosedCaseChosenInTheSettingsListIsPurgedByHandAndTheListRefreshes() throws Exception {
        ImportedCase c = f.closedCaseWithEverything("2024-0001", CLOSED);
        RetentionSettingsViewModel attorney = settings(f.service(TestSecurity.asUser(f.db, "ana.attorney", "main",
                Role.ATTORNEY)));
        attorney.refresh();
        assertThat(attorney.purgeCase().availableProperty().get()).as("nothing chosen yet").isFalse();

        attorney.selectedCaseProperty().set(attorney.candidates().get(0));
        attorney.purgeCase().reasonProperty().set("Client asked");
        dialogs.answer = true;
        attorney.purgeCase().purge();

        assertThat(dialogs.titles).containsExactly("Purge case 2024-0001");
        assertThat(f.cases.notes(c.caseId())).extracting(n -> n.text()).containsExactly("");
        assertThat(attorney.candidates()).extracting(PurgeCandidate::verdict)
                .containsExactly(RetentionVerdict.NO_RULE);
    }

    @Test
    void theScheduledPurgeAsksWithEveryCaseNumberAndNotNowPurgesNothing() throws Exception {
        ImportedCase c = f.closedCaseWithEverything("2024-0001", CLOSED);
        RetentionService service = f.service(f.staff);
        long[] signIn = {1};
        ScheduledPurgePrompt prompt = new ScheduledPurgePrompt(service, tasks, new DuePurge(service, tasks, dialogs,
                messages), dialogs, messages, () -> signIn[0]);
        prompt.offer();
        assertThat(dialogs.titles).as("no rule, no question").isEmpty();

        service.saveSetting(RetentionSetting.draft("main", 12, PurgeKind.WHOLE_CASE, true));
        dialogs.answer = false;
        signIn[0]++;
        prompt.offer();
        assertThat(dialogs.messages.get(0)).contains("2024-0001", "Whole case");
        assertThat(f.cases.findCase(c.caseId())).isPresent();
        prompt.offer();
        assertThat(dialogs.messages).as("asked once per sign-in, not again when the window is rebuilt").hasSize(1);

        dialogs.answer = true;
        signIn[0]++;
        prompt.offer();
        assertThat(f.cases.findCase(c.caseId())).isEmpty();
        assertThat(dialogs.infos.get(dialogs.infos.size() - 1)).contains("1 case(s) purged.");
    }

    private RetentionSettingsViewModel settings(RetentionService service) {
        return new RetentionSettingsViewModel(service, tasks, new DuePurge(service, tasks, dialogs, messages),
                new PurgeCaseViewModel(service, tasks, dialogs, messages), messages);
    }

    /** Records what was asked and answers as told. */
    private static final class Dialogs implements DialogService {
        final List<String> titles = new ArrayList<>();
        final List<String> messages = new ArrayList<>();
        final List<String> infos = new ArrayList<>();
        boolean answer;

        @Override
        public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
            titles.add(title);
            messages.add(message);
            return answer;
        }

        @Override
        public void error(String message) {
            infos.add(message);
        }

        @Override
        public void info(String message) {
            infos.add(message);
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileFilter> filters) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.empty();
        }
    }
}

package org.amparo.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.amparo.backup.BackupException;
import org.amparo.backup.BackupOperations;
import org.amparo.backup.BackupReason;
import org.amparo.backup.BackupReport;
import org.amparo.backup.RestorePlan;
import org.amparo.backup.RestoreReport;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.security.VaultKey;
import org.junit.jupiter.api.Test;

/** The backup screen and status line without the toolkit: what the person is asked, and what is done. */
class BackupsViewModelTest {

    private static final Path FILE = Path.of("amparo-20261120-100000-000-manual.ampbak");
    private static final Instant MADE = Instant.parse("2026-11-20T10:00:00Z");

    private final FakeBackups backups = new FakeBackups();
    private final AskingDialogs dialogs = new AskingDialogs();
    private final SyncTaskRunner tasks = SyncTaskRunner.immediate();
    private final Messages messages = new Messages(Locale.ENGLISH);

    @Test
    void restoreSaysWhatWorkIsLostAndDoesNothingWhenDeclined() {
        BackupsViewModel viewModel = new BackupsViewModel(backups, tasks, dialogs, messages);
        viewModel.refresh();
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        dialogs.answer = false;

        viewModel.restoreSelected();

        assertThat(dialogs.asked).hasSize(1);
        assertThat(dialogs.asked.get(0)).contains("about 50 h 0 min").contains("client: 12 rows now, 10 after");
        assertThat(backups.restored).isEmpty();
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void restoreRunsWhenConfirmed() {
        BackupsViewModel viewModel = new BackupsViewModel(backups, tasks, dialogs, messages);
        viewModel.refresh();
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        dialogs.answer = true;

        viewModel.restoreSelected();

        assertThat(backups.restored).containsExactly(FILE);
        assertThat(viewModel.statusProperty().get()).startsWith("The vault was restored to");
    }

    @Test
    void aFailedBackupIsShownInPlainWords() {
        backups.failBackup = true;
        BackupsViewModel viewModel = new BackupsViewModel(backups, tasks, dialogs, messages);

        viewModel.backUpNow();

        assertThat(dialogs.errors).containsExactly("Not enough free disk space.");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void statusShowsTheLastVerifiedBackupAndBacksUpEveryTwoHoursOfUse() {
        BackupStatusViewModel status = new BackupStatusViewModel(backups, tasks, messages);
        status.activate();
        assertThat(status.textProperty().get()).startsWith("Last verified backup: ");

        tasks.tick();
        assertThat(backups.reasons).containsExactly(BackupReason.SCHEDULED);

        status.deactivate();
        assertThat(tasks.periodicCount()).isZero();
    }

    private static final class AskingDialogs implements DialogService {
        final List<String> asked = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        boolean answer;

        @Override
        public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
            asked.add(message);
            return answer;
        }

        @Override
        public void error(String message) {
            errors.add(message);
        }

        @Override
        public void info(String message) {
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

    private static final class FakeBackups implements BackupOperations {
        final List<Path> restored = new ArrayList<>();
        final List<BackupReason> reasons = new ArrayList<>();
        boolean failBackup;

        private BackupReport report(BackupReason reason) {
            return new BackupReport(FILE, MADE, reason, true, 3 << 20, Map.of("CLIENT", 10L));
        }

        @Override
        public BackupReport backup(BackupReason reason) throws BackupException {
            return backupTo(defaultFolder(), reason, step -> { });
        }

        @Override
        public Optional<BackupReport> lastVerified() {
            return Optional.of(report(BackupReason.MANUAL));
        }

        @Override
        public Path defaultFolder() {
            return Path.of("backups");
        }

        @Override
        public BackupReport backupTo(Path folder, BackupReason reason, Consumer<BackupStep> progress)
                throws BackupException {
            if (failBackup) {
                throw new BackupException("Not enough free disk space.");
            }
            reasons.add(reason);
            return report(reason);
        }

        @Override
        public List<BackupReport> list() {
            return List.of(report(BackupReason.MANUAL));
        }

        @Override
        public BackupReport verify(Path file) {
            return report(BackupReason.MANUAL);
        }

        @Override
        public BackupReport verify(Path file, VaultKey key) {
            return report(BackupReason.MANUAL);
        }

        @Override
        public RestorePlan plan(Path file) {
            return new RestorePlan(file, BackupReason.MANUAL, MADE, MADE.plusSeconds(50 * 3600),
                    Map.of("CLIENT", 10L), Map.of("CLIENT", 12L));
        }

        @Override
        public RestoreReport restore(Path file, Consumer<BackupStep> progress) {
            restored.add(file);
            return new RestoreReport(plan(file), report(BackupReason.BEFORE_RESTORE));
        }
    }
}

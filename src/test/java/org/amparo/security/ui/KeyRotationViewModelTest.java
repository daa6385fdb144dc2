package org.amparo.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.security.KeyRotationService;
import org.amparo.security.VaultException;
import org.amparo.testing.FakeDialogService;
import org.junit.jupiter.api.Test;

/** Settings → Security → "Rotate database key…": administrators only, asked first, with a plain result. */
class KeyRotationViewModelTest {

    final FakeRotation rotation = new FakeRotation();
    final FakeDialogService dialogs = new FakeDialogService();
    final KeyRotationViewModel viewModel = new KeyRotationViewModel(rotation, SyncTaskRunner.immediate(), dialogs,
            new Messages(Locale.ENGLISH));

    @Test
    void aNonAdministratorNeverGetsAnEnabledButtonAndNothingRuns() {
        rotation.allowed = false;
        viewModel.refresh();

        viewModel.rotate();

        assertThat(viewModel.allowedProperty().get()).isFalse();
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(rotation.rotations).isZero();
    }

    @Test
    void anAdministratorIsAskedFirstAndToldHowItEnded() {
        viewModel.refresh();
        dialogs.answerConfirmationsWith(true);

        viewModel.rotate();

        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(rotation.rotations).isEqualTo(1);
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get())
                .isEqualTo("The database key was changed (key number 2). Backup made first: before-rotation.ampbak");
    }

    @Test
    void sayingNoChangesNothing() {
        viewModel.refresh();
        dialogs.answerConfirmationsWith(false);

        viewModel.rotate();

        assertThat(rotation.rotations).isZero();
        assertThat(viewModel.statusProperty().get()).isEmpty();
    }

    @Test
    void aFailureSaysTheOldKeyStillWorks() {
        viewModel.refresh();
        dialogs.answerConfirmationsWith(true);
        rotation.failure = new VaultException(VaultException.Reason.IO, "disk full");

        viewModel.rotate();

        assertThat(dialogs.errors).singleElement().asString().startsWith("The database key was not changed.")
                .contains("still opens with its old key");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    static final class FakeRotation implements KeyRotationService {
        boolean allowed = true;
        int rotations;
        VaultException failure;

        @Override
        public boolean mayRotate() {
            return allowed;
        }

        @Override
        public Rotated rotate() throws VaultException {
            if (failure != null) {
                throw failure;
            }
            rotations++;
            return new Rotated(2, Path.of("/vault/backups/before-rotation.ampbak"));
        }
    }
}

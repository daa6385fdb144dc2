package org.amparo.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.testing.FakeNavigation;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

    private final FakeNavigation navigation = new FakeNavigation();
    private final SyncTaskRunner tasks = SyncTaskRunner.held();
    private final MainViewModel viewModel = new MainViewModel(navigation, tasks);

    @Test
    void statusBarFollowsTheLatestRunningTaskAndClearsWhenDone() {
        viewModel.activate(false);
        tasks.run(BackgroundTask.of("Importing clients…", context -> {
            context.updateProgress(30, 120);
            return null;
        }));
        assertThat(viewModel.workingProperty().get()).isTrue();
        assertThat(viewModel.statusTextProperty().get()).isEqualTo("Importing clients…");
        tasks.run(BackgroundTask.of("", context -> null));
        assertThat(viewModel.statusTextProperty().get()).as("quiet tasks are not shown").isEqualTo("Importing clients…");
        tasks.runAllHeld();
        assertThat(viewModel.workingProperty().get()).isFalse();
        assertThat(viewModel.statusTextProperty().get()).isEmpty();
    }

    @Test
    void demoBannerAndLock() {
        viewModel.activate(true);
        assertThat(viewModel.demoDataProperty().get()).isTrue();
        assertThat(viewModel.sectionProperty().get()).isEqualTo(Section.CLIENTS);
        viewModel.lock();
        assertThat(navigation.visited).containsExactly("lock");
    }

    @Test
    void afterDeactivationTasksNoLongerReachTheStatusBar() {
        viewModel.activate(false);
        viewModel.deactivate();
        tasks.run(BackgroundTask.of("Backing up…", context -> null));
        assertThat(viewModel.statusTextProperty().get()).isEmpty();
    }
}

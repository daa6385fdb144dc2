package org.amparo.shell.ui;

import jakarta.inject.Inject;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.amparo.platform.fx.Navigation;
import org.amparo.platform.task.TaskHandle;
import org.amparo.platform.task.TaskRunner;

/** The main window: which section shows, the demo banner, the status bar's task progress, and locking. */
public final class MainViewModel {

    private final Navigation navigation;
    private final TaskRunner tasks;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.CLIENTS);
    private final ReadOnlyBooleanWrapper demoData = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper statusProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ListChangeListener<TaskHandle> taskListener = change -> followLatestTask();

    @Inject
    public MainViewModel(Navigation navigation, TaskRunner tasks) {
        this.navigation = navigation;
        this.tasks = tasks;
    }

    /** Starts following background tasks; {@code demo} turns the demo-data banner on. */
    public void activate(boolean demo) {
        demoData.set(demo);
        tasks.runningTasks().addListener(taskListener);
        followLatestTask();
    }

    public void deactivate() {
        tasks.runningTasks().removeListener(taskListener);
        statusText.unbind();
        statusProgress.unbind();
    }

    private void followLatestTask() {
        statusText.unbind();
        statusProgress.unbind();
        var running = tasks.runningTasks();
        working.set(!running.isEmpty());
        if (running.isEmpty()) {
            statusText.set("");
            statusProgress.set(0);
        } else {
            TaskHandle latest = running.get(running.size() - 1);
            statusText.bind(latest.messageProperty());
            statusProgress.bind(latest.progressProperty());
        }
    }

    public void lock() {
        navigation.lock();
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ReadOnlyBooleanProperty demoDataProperty() {
        return demoData.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty statusProgressProperty() {
        return statusProgress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}

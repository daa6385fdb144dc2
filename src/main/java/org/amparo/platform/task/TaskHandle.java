package org.amparo.platform.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A submitted task: observable progress (-1 = indeterminate, else 0..1), message, and a way to cancel it. */
public interface TaskHandle {

    String title();

    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    ReadOnlyBooleanProperty doneProperty();

    /** Asks the work to stop; its handlers will not be called. */
    void cancel();
}

package org.amparo.platform.dialog;

/** Every dialog the UI shows, behind an interface so ViewModels never open windows and tests can answer. */
public interface DialogService {

    /** Asks a yes/no question; true when the person chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel, String cancelLabel);

    /** Tells about a failure in plain words. */
    void error(String message);

    void info(String message);
}

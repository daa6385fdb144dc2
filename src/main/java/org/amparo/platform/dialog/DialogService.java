package org.amparo.platform.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every dialog the UI shows, behind an interface so ViewModels never open windows and tests can answer. */
public interface DialogService {

    /** Asks a yes/no question; true when the person chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel, String cancelLabel);

    /** Tells about a failure in plain words. */
    void error(String message);

    void info(String message);

    /** Asks for an existing file to read; empty when cancelled. */
    Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters);

    /** Asks where to save a file, suggesting {@code suggestedName}; empty when cancelled. */
    Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileFilter> filters);

    /** Asks for a folder; empty when cancelled. */
    Optional<Path> chooseFolder(String title);

    /** A file type offered by a file chooser, e.g. ("Facts (JSON)", ["*.json", "*.jsonl"]). */
    record FileFilter(String description, List<String> patterns) {

        public FileFilter {
            patterns = List.copyOf(patterns);
        }
    }
}

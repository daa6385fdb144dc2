package org.amparo.testing;

import java.util.ArrayList;
import java.util.List;
import org.amparo.platform.dialog.DialogService;

/** Records every dialog and answers confirmations as told. */
public final class FakeDialogService implements DialogService {

    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    private boolean answer;
    /** What the next file or folder chooser returns (empty: the person cancelled). */
    public java.util.Optional<java.nio.file.Path> nextChosenPath = java.util.Optional.empty();
    public final List<String> choosers = new ArrayList<>();

    public void answerConfirmationsWith(boolean yes) {
        this.answer = yes;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        confirmations.add(title);
        return answer;
    }

    @Override
    public void error(String message) {
        errors.add(message);
    }

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFileToOpen(String title, List<FileFilter> filters) {
        choosers.add(title);
        return nextChosenPath;
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFileToSave(String title, String suggestedName,
            List<FileFilter> filters) {
        choosers.add(title);
        return nextChosenPath;
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFolder(String title) {
        choosers.add(title);
        return nextChosenPath;
    }
}

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
}

package org.amparo.security.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextInputControl;

/** Binds the fields of a new-password form (first run, set a new password) to its {@link NewPasswordForm}. */
final class NewPasswordFields {

    private static final double TOP_SCORE = 4.0;

    private NewPasswordFields() {
    }

    static void bind(NewPasswordForm form, TextInputControl password, TextInputControl confirm,
                     ProgressBar strength, Label hint) {
        password.textProperty().bindBidirectional(form.passwordProperty());
        confirm.textProperty().bindBidirectional(form.confirmProperty());
        strength.progressProperty().bind(form.strengthScoreProperty().divide(TOP_SCORE));
        hint.textProperty().bind(form.strengthHintProperty());
    }
}

package org.amparo.security.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.platform.i18n.Messages;
import org.amparo.security.PasswordAssessment;

/**
 * A new password typed twice, with the live strength hint: the part shared by the first-run "create the vault" form
 * and the "set a new password" step after a recovery-code unlock.
 */
public final class NewPasswordForm {

    private final PasswordStrength strength;
    private final Messages messages;
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper strengthScore = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper strengthHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper acceptable = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding ready;

    /** @param onEdit called whenever either field changes (the owner clears its error message) */
    public NewPasswordForm(PasswordStrength strength, Messages messages, Runnable onEdit) {
        this.strength = strength;
        this.messages = messages;
        password.addListener((obs, old, now) -> {
            assess(now);
            onEdit.run();
        });
        confirm.addListener((obs, old, now) -> onEdit.run());
        ready = Bindings.createBooleanBinding(() -> acceptable.get() && password.get().equals(confirm.get()),
                acceptable, password, confirm);
        assess("");
    }

    private void assess(String text) {
        PasswordAssessment assessment = strength.assess(text.toCharArray());
        strengthScore.set(assessment.score());
        acceptable.set(assessment.acceptable());
        strengthHint.set(messages.get(assessment.hintKey()));
    }

    /** Whether both fields hold the same text. */
    public boolean matches() {
        return password.get().equals(confirm.get());
    }

    /** A fresh copy of the password for the vault (which wipes it). */
    public char[] passwordChars() {
        return password.get().toCharArray();
    }

    /** Empties both fields. */
    public void clear() {
        password.set("");
        confirm.set("");
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmProperty() {
        return confirm;
    }

    public ReadOnlyIntegerProperty strengthScoreProperty() {
        return strengthScore.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty strengthHintProperty() {
        return strengthHint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty acceptableProperty() {
        return acceptable.getReadOnlyProperty();
    }

    /** Acceptable and confirmed. */
    public BooleanBinding readyBinding() {
        return ready;
    }
}

package org.amparo.clients.ui;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.facts.Person;

/** One editable phone number with its safe-contact flags. */
public final class PhoneRow {

    private final StringProperty number = new SimpleStringProperty("");
    private final BooleanProperty safeToCall = new SimpleBooleanProperty(false);
    private final BooleanProperty safeToText = new SimpleBooleanProperty(false);
    private final BooleanProperty safeForVoicemail = new SimpleBooleanProperty(false);

    static PhoneRow of(Person.Phone phone) {
        PhoneRow row = new PhoneRow();
        row.number.set(phone.number() == null ? "" : phone.number());
        row.safeToCall.set(Boolean.TRUE.equals(phone.safeToCall()));
        row.safeToText.set(Boolean.TRUE.equals(phone.safeToText()));
        row.safeForVoicemail.set(Boolean.TRUE.equals(phone.safeForVoicemail()));
        return row;
    }

    Person.Phone toPhone() {
        return new Person.Phone(number.get().strip(), safeToCall.get(), safeToText.get(), safeForVoicemail.get());
    }

    Observable[] observables() {
        return new Observable[] {number, safeToCall, safeToText, safeForVoicemail};
    }

    public StringProperty numberProperty() {
        return number;
    }

    public BooleanProperty safeToCallProperty() {
        return safeToCall;
    }

    public BooleanProperty safeToTextProperty() {
        return safeToText;
    }

    public BooleanProperty safeForVoicemailProperty() {
        return safeForVoicemail;
    }
}

package org.amparo.clients.ui;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.facts.Person;

/** One editable e-mail address and whether it is safe to write to. */
public final class EmailRow {

    private final StringProperty address = new SimpleStringProperty("");
    private final BooleanProperty safe = new SimpleBooleanProperty(false);

    static EmailRow of(Person.Email email) {
        EmailRow row = new EmailRow();
        row.address.set(email.address() == null ? "" : email.address());
        row.safe.set(Boolean.TRUE.equals(email.safe()));
        return row;
    }

    Person.Email toEmail() {
        return new Person.Email(address.get().strip(), safe.get());
    }

    Observable[] observables() {
        return new Observable[] {address, safe};
    }

    public StringProperty addressProperty() {
        return address;
    }

    public BooleanProperty safeProperty() {
        return safe;
    }
}

package org.amparo.clients.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.facts.Person;

/** The editable state of the client form, field by field, and its conversion to and from {@code Person}. */
public final class ClientDraft {

    final StringProperty givenName = new SimpleStringProperty("");
    final StringProperty familyName = new SimpleStringProperty("");
    final StringProperty preferredName = new SimpleStringProperty("");
    final ObservableList<String> aliases = FXCollections.observableArrayList();
    final StringProperty dobText = new SimpleStringProperty("");
    final ObjectProperty<Person.Sex> sex = new SimpleObjectProperty<>();
    final StringProperty countries = new SimpleStringProperty("");
    final StringProperty languages = new SimpleStringProperty("");
    final StringProperty aNumber = new SimpleStringProperty("");
    final ObservableList<PhoneRow> phones = FXCollections.observableArrayList(PhoneRow::observables);
    final ObservableList<EmailRow> emails = FXCollections.observableArrayList(EmailRow::observables);
    final StringProperty line1 = new SimpleStringProperty("");
    final StringProperty line2 = new SimpleStringProperty("");
    final StringProperty city = new SimpleStringProperty("");
    final StringProperty county = new SimpleStringProperty("");
    final StringProperty state = new SimpleStringProperty("");
    final StringProperty zip = new SimpleStringProperty("");
    final BooleanProperty addressConfidential = new SimpleBooleanProperty(false);
    final StringProperty safeContactNotes = new SimpleStringProperty("");

    /** Everything whose change may make the form dirty or (in)valid. */
    Observable[] observables() {
        return new Observable[] {givenName, familyName, preferredName, aliases, dobText, sex, countries, languages,
            aNumber, phones, emails, line1, line2, city, county, state, zip, addressConfidential, safeContactNotes};
    }

    /** Every value as typed, for telling whether anything changed since the last save. */
    List<Object> snapshot() {
        List<Object> values = new ArrayList<>(List.of(givenName.get(), familyName.get(),
                preferredName.get(), List.copyOf(aliases), dobText.get(), String.valueOf(sex.get()), countries.get(),
                languages.get(), aNumber.get(), line1.get(), line2.get(), city.get(), county.get(), state.get(),
                zip.get(), addressConfidential.get(), safeContactNotes.get()));
        phones.forEach(p -> values.add(List.of(p.numberProperty().get(), p.safeToCallProperty().get(),
                p.safeToTextProperty().get(), p.safeForVoicemailProperty().get())));
        emails.forEach(e -> values.add(List.of(e.addressProperty().get(), e.safeProperty().get())));
        return values;
    }

    void load(Person person, DateText dates) {
        givenName.set(text(person.givenName()));
        familyName.set(text(person.familyName()));
        preferredName.set(text(person.preferredName()));
        aliases.setAll(list(person.aliases()));
        dobText.set(dates.format(person.dob()));
        sex.set(person.sex());
        countries.set(String.join(", ", list(person.countriesOfCitizenship())));
        languages.set(String.join(", ", list(person.languages())));
        aNumber.set(text(person.aNumber()));
        phones.setAll(list(person.phones()).stream().map(PhoneRow::of).toList());
        emails.setAll(list(person.emails()).stream().map(EmailRow::of).toList());
        Person.Address address = person.address();
        if (address != null) {
            line1.set(text(address.line1()));
            line2.set(text(address.line2()));
            city.set(text(address.city()));
            county.set(text(address.county()));
            state.set(text(address.state()));
            zip.set(text(address.zip()));
            addressConfidential.set(Boolean.TRUE.equals(address.confidential()));
        }
        safeContactNotes.set(text(person.safeContactNotes()));
    }

    /** The draft as {@code Person}; blank fields become null (unknown). Assumes the draft is valid. */
    Person toPerson(DateText dates) {
        return new Person(orNull(givenName.get()), orNull(familyName.get()), orNull(preferredName.get()),
                List.copyOf(aliases), dates.parse(dobText.get()).orElse(null), sex.get(),
                ClientRules.tokens(countries.get()).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList(),
                ClientRules.tokens(languages.get()),
                ClientRules.normaliseANumber(aNumber.get()),
                phones.stream().filter(p -> !p.numberProperty().get().isBlank()).map(PhoneRow::toPhone).toList(),
                emails.stream().filter(e -> !e.addressProperty().get().isBlank()).map(EmailRow::toEmail).toList(),
                address(), orNull(safeContactNotes.get()));
    }

    private Person.Address address() {
        boolean empty = ClientRules.blank(line1.get()) && ClientRules.blank(line2.get()) && ClientRules.blank(city.get())
                && ClientRules.blank(county.get()) && ClientRules.blank(state.get()) && ClientRules.blank(zip.get());
        if (empty && !addressConfidential.get()) {
            return null;
        }
        String stateCode = orNull(state.get());
        return new Person.Address(orNull(line1.get()), orNull(line2.get()), orNull(city.get()), orNull(county.get()),
                stateCode == null ? null : stateCode.toUpperCase(Locale.ROOT), orNull(zip.get()),
                addressConfidential.get());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
    public StringProperty givenNameProperty() {
        return givenName;
    }

    public StringProperty familyNameProperty() {
        return familyName;
    }

    public StringProperty preferredNameProperty() {
        return preferredName;
    }

    public ObservableList<String> aliases() {
        return aliases;
    }

    public StringProperty dobTextProperty() {
        return dobText;
    }

    public ObjectProperty<Person.Sex> sexProperty() {
        return sex;
    }

    public StringProperty countriesProperty() {
        return countries;
    }

    public StringProperty languagesProperty() {
        return languages;
    }

    public StringProperty aNumberProperty() {
        return aNumber;
    }

    public ObservableList<PhoneRow> phones() {
        return phones;
    }

    public ObservableList<EmailRow> emails() {
        return emails;
    }

    public StringProperty line1Property() {
        return line1;
    }

    public StringProperty line2Property() {
        return line2;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty countyProperty() {
        return county;
    }

    public StringProperty stateProperty() {
        return state;
    }

    public StringProperty zipProperty() {
        return zip;
    }

    public BooleanProperty addressConfidentialProperty() {
        return addressConfidential;
    }

    public StringProperty safeContactNotesProperty() {
        return safeContactNotes;
    }
}

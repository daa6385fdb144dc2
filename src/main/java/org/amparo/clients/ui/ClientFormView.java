package org.amparo.clients.ui;

import jakarta.inject.Inject;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.amparo.facts.Person;
import org.amparo.platform.fx.Navigation;
import org.amparo.platform.i18n.Messages;

/** Client form: binds each field to the {@link ClientFormViewModel}'s draft and reports when a field is left. */
public final class ClientFormView {

    private final Messages messages;
    private final Navigation navigation;
    private ClientFormViewModel viewModel;

    @FXML private Label heading;
    @FXML private TextField givenName;
    @FXML private TextField familyName;
    @FXML private Label nameError;
    @FXML private TextField preferredName;
    @FXML private TextField aliasInput;
    @FXML private ListView<String> aliases;
    @FXML private Button removeAlias;
    @FXML private DatePicker dob;
    @FXML private Label dobError;
    @FXML private ComboBox<Person.Sex> sex;
    @FXML private Label sexError;
    @FXML private TextField countries;
    @FXML private Label countryError;
    @FXML private TextField languages;
    @FXML private Label languageError;
    @FXML private TextField aNumber;
    @FXML private Label aNumberError;
    @FXML private VBox phoneRows;
    @FXML private Label phoneError;
    @FXML private VBox emailRows;
    @FXML private Label emailError;
    @FXML private TextField line1;
    @FXML private TextField line2;
    @FXML private TextField city;
    @FXML private TextField county;
    @FXML private TextField state;
    @FXML private Label stateError;
    @FXML private TextField zip;
    @FXML private Label zipError;
    @FXML private CheckBox confidential;
    @FXML private TextArea safeContactNotes;
    @FXML private Label unsaved;
    @FXML private Button saveButton;
    @FXML private Button herCasesButton;

    @Inject
    public ClientFormView(Messages messages, Navigation navigation) {
        this.messages = messages;
        this.navigation = navigation;
    }

    /** Connects the loaded view to its ViewModel (the window opener calls this once). */
    public void bind(ClientFormViewModel model) {
        this.viewModel = model;
        ClientDraft draft = model.draft();
        heading.textProperty().bind(model.headingProperty());
        text(givenName, draft.givenNameProperty(), ClientField.NAME);
        text(familyName, draft.familyNameProperty(), ClientField.NAME);
        text(preferredName, draft.preferredNameProperty(), null);
        text(countries, draft.countriesProperty(), ClientField.COUNTRY);
        text(languages, draft.languagesProperty(), ClientField.LANGUAGE);
        text(aNumber, draft.aNumberProperty(), ClientField.A_NUMBER);
        text(line1, draft.line1Property(), null);
        text(line2, draft.line2Property(), null);
        text(city, draft.cityProperty(), null);
        text(county, draft.countyProperty(), null);
        text(state, draft.stateProperty(), ClientField.STATE);
        text(zip, draft.zipProperty(), ClientField.ZIP);
        text(safeContactNotes, draft.safeContactNotesProperty(), null);
        confidential.selectedProperty().bindBidirectional(draft.addressConfidentialProperty());
        errors();
        bindAliases(draft);
        bindDob(draft);
        bindSex(draft);
        rows(draft);
        unsaved.visibleProperty().bind(model.dirtyProperty());
        saveButton.disableProperty().bind(model.validProperty().not().or(model.busyProperty()));
        herCasesButton.visibleProperty().bind(model.existingProperty());
        herCasesButton.managedProperty().bind(herCasesButton.visibleProperty());
        Platform.runLater(givenName::requestFocus);
    }

    private void errors() {
        error(nameError, ClientField.NAME);
        error(dobError, ClientField.DOB);
        error(sexError, ClientField.SEX);
        error(countryError, ClientField.COUNTRY);
        error(languageError, ClientField.LANGUAGE);
        error(aNumberError, ClientField.A_NUMBER);
        error(phoneError, ClientField.PHONE);
        error(emailError, ClientField.EMAIL);
        error(stateError, ClientField.STATE);
        error(zipError, ClientField.ZIP);
    }

    private void text(TextInputControl control, StringProperty property, ClientField field) {
        control.textProperty().bindBidirectional(property);
        if (field != null) {
            onLeave(control, field);
        }
    }

    private void onLeave(Node node, ClientField field) {
        node.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                viewModel.fieldLeft(field);
            }
        });
    }

    private void error(Label label, ClientField field) {
        label.textProperty().bind(viewModel.errorProperty(field));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void bindAliases(ClientDraft draft) {
        aliases.setItems(draft.aliases());
        aliasInput.textProperty().bindBidirectional(viewModel.aliasInputProperty());
        aliasInput.setOnAction(event -> {
            viewModel.addAlias();
            event.consume();
        });
        removeAlias.disableProperty().bind(aliases.getSelectionModel().selectedItemProperty().isNull());
    }

    private void bindDob(ClientDraft draft) {
        DateText dates = viewModel.dates();
        dob.setPromptText(messages.get("client.field.dobPrompt"));
        dob.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return dates.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return dates.parse(text).orElse(null);
            }
        });
        dob.setValue(dates.parse(draft.dobTextProperty().get()).orElse(null));
        dob.getEditor().setText(draft.dobTextProperty().get());
        dob.getEditor().textProperty().addListener((obs, old, now) -> {
            if (dob.getEditor().isFocused()) {
                draft.dobTextProperty().set(now);
            }
        });
        dob.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                draft.dobTextProperty().set(dates.format(now));
            }
        });
        draft.dobTextProperty().addListener((obs, old, now) -> {
            if (!dob.getEditor().isFocused()) {
                dob.setValue(dates.parse(now).orElse(null));
                dob.getEditor().setText(now);
            }
        });
        dob.getEditor().focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                String typed = draft.dobTextProperty().get();
                Platform.runLater(() -> dob.getEditor().setText(typed));
                viewModel.fieldLeft(ClientField.DOB);
            }
        });
    }

    private void bindSex(ClientDraft draft) {
        sex.getItems().setAll(null, Person.Sex.F, Person.Sex.M, Person.Sex.X);
        sex.setConverter(new StringConverter<>() {
            @Override
            public String toString(Person.Sex value) {
                return value == null ? messages.get("client.sex.unknown") : switch (value) {
                    case F -> messages.get("client.sex.f");
                    case M -> messages.get("client.sex.m");
                    case X -> messages.get("client.sex.x");
                };
            }

            @Override
            public Person.Sex fromString(String text) {
                return null;
            }
        });
        sex.valueProperty().bindBidirectional(draft.sexProperty());
        onLeave(sex, ClientField.SEX);
    }

    private void rows(ClientDraft draft) {
        draft.phones().addListener((ListChangeListener<PhoneRow>) change -> {
            if (structural(change)) {
                phoneRows.getChildren().setAll(draft.phones().stream().map(this::phoneRow).toList());
            }
        });
        draft.emails().addListener((ListChangeListener<EmailRow>) change -> {
            if (structural(change)) {
                emailRows.getChildren().setAll(draft.emails().stream().map(this::emailRow).toList());
            }
        });
        phoneRows.getChildren().setAll(draft.phones().stream().map(this::phoneRow).toList());
        emailRows.getChildren().setAll(draft.emails().stream().map(this::emailRow).toList());
    }

    private static boolean structural(ListChangeListener.Change<?> change) {
        while (change.next()) {
            if (change.wasAdded() || change.wasRemoved() || change.wasPermutated()) {
                return true;
            }
        }
        return false;
    }

    private Node phoneRow(PhoneRow row) {
        return new ContactRow(messages).phone(row, () -> viewModel.removePhone(row),
                () -> viewModel.fieldLeft(ClientField.PHONE));
    }

    private Node emailRow(EmailRow row) {
        return new ContactRow(messages).email(row, () -> viewModel.removeEmail(row),
                () -> viewModel.fieldLeft(ClientField.EMAIL));
    }

    @FXML
    private void copyANumber() {
        viewModel.copyANumber();
    }

    @FXML
    private void addAlias() {
        viewModel.addAlias();
    }

    @FXML
    private void removeAlias() {
        viewModel.removeAlias(aliases.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void addPhone() {
        viewModel.addPhone();
    }

    @FXML
    private void addEmail() {
        viewModel.addEmail();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void showCases() {
        viewModel.showCases();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void lock() {
        navigation.lock();
    }
}

package org.amparo.security.ui;

import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.amparo.platform.prefs.UiPreferences;
import org.amparo.security.Role;
import org.amparo.security.UserRow;

/** Settings → Security: bindings to {@link UsersViewModel} (idle lock for everyone, users for administrators). */
public final class UsersView {

    private final UsersViewModel viewModel;

    @FXML private Spinner<Integer> idleMinutes;
    @FXML private VBox usersPane;
    @FXML private Label notAdministrator;
    @FXML private TableView<UserRow> table;
    @FXML private TableColumn<UserRow, String> nameColumn;
    @FXML private TableColumn<UserRow, String> rolesColumn;
    @FXML private TableColumn<UserRow, String> programColumn;
    @FXML private TableColumn<UserRow, String> stateColumn;
    @FXML private TextField userName;
    @FXML private TextField program;
    @FXML private PasswordField password;
    @FXML private CheckBox administratorRole;
    @FXML private CheckBox attorneyRole;
    @FXML private CheckBox advocateRole;
    @FXML private CheckBox volunteerRole;
    @FXML private Label message;

    @Inject
    public UsersView(UsersViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        idleMinutes.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                UiPreferences.MIN_IDLE_LOCK_MINUTES, UiPreferences.MAX_IDLE_LOCK_MINUTES,
                viewModel.idleMinutesProperty().get()));
        idleMinutes.valueProperty().addListener((obs, old, now) -> viewModel.chooseIdleMinutes(now));
        usersPane.visibleProperty().bind(viewModel.administratorProperty());
        usersPane.managedProperty().bind(usersPane.visibleProperty());
        notAdministrator.visibleProperty().bind(viewModel.administratorProperty().not());
        notAdministrator.managedProperty().bind(notAdministrator.visibleProperty());
        bindTable();
        userName.textProperty().bindBidirectional(viewModel.nameProperty());
        program.textProperty().bindBidirectional(viewModel.programProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        administratorRole.selectedProperty().bindBidirectional(viewModel.roleProperty(Role.ADMINISTRATOR));
        attorneyRole.selectedProperty().bindBidirectional(viewModel.roleProperty(Role.ATTORNEY));
        advocateRole.selectedProperty().bindBidirectional(viewModel.roleProperty(Role.ADVOCATE));
        volunteerRole.selectedProperty().bindBidirectional(viewModel.roleProperty(Role.VOLUNTEER));
        message.textProperty().bind(viewModel.messageProperty());
        usersPane.disableProperty().bind(viewModel.busyProperty());
        viewModel.load();
    }

    private void bindTable() {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
        nameColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        rolesColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(viewModel.rolesText(row.getValue().roles())));
        programColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().program()));
        stateColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(viewModel.stateText(row.getValue())
                + " · " + dates.format(row.getValue().updatedAt())));
        table.setItems(viewModel.rows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.selectedProperty().set(now));
    }

    @FXML
    private void add() {
        viewModel.add();
    }

    @FXML
    private void resetPassword() {
        viewModel.resetPassword();
    }

    @FXML
    private void changeRoles() {
        viewModel.changeRoles();
    }

    @FXML
    private void remove() {
        viewModel.remove();
    }
}

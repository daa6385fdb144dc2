package org.amparo.deadlines.ui;

import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.amparo.deadlines.agenda.AgendaItem;
import org.amparo.platform.fx.Disposable;
import org.amparo.platform.i18n.Messages;

/** Home-screen panel: the next 30 days, riskiest first, and the reminder shown when the app opens. */
public final class UpcomingView implements Disposable {

    private final UpcomingViewModel viewModel;
    private final Messages messages;

    @FXML private VBox reminderBox;
    @FXML private Label reminder;
    @FXML private Button dismiss;
    @FXML private ListView<AgendaItem> list;
    @FXML private Label status;

    @Inject
    public UpcomingView(UpcomingViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        reminder.textProperty().bind(viewModel.reminderProperty());
        reminderBox.visibleProperty().bind(viewModel.reminderVisibleProperty());
        reminderBox.managedProperty().bind(reminderBox.visibleProperty());
        dismiss.cancelButtonProperty().bind(viewModel.reminderVisibleProperty());
        list.setCellFactory(view -> new AgendaCell(viewModel.text(), viewModel::today, messages.locale()));
        list.setItems(viewModel.items());
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.activate();
    }

    @FXML
    private void dismiss() {
        viewModel.dismissReminder();
    }

    @Override
    public void dispose() {
        viewModel.deactivate();
        list.setItems(null);
    }
}

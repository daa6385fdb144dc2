package org.amparo.cases.ui;

import jakarta.inject.Inject;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.amparo.platform.fx.Disposable;
import org.amparo.platform.i18n.Messages;
import org.amparo.screening.rescreen.CaseRef;
import org.amparo.screening.rescreen.FrameworkImpact;
import org.amparo.screening.rescreen.Transition;

/** The policy-change impact: framework, its transitions (from → to, count), the cases of one, "Open case". */
public final class PolicyImpactView implements Disposable {

    private final PolicyImpactViewModel viewModel;
    private final CaseloadText text;
    private final Messages messages;

    @FXML private Label summary;
    @FXML private Label note;
    @FXML private ComboBox<String> framework;
    @FXML private TableView<Transition> transitions;
    @FXML private TableColumn<Transition, String> fromColumn;
    @FXML private TableColumn<Transition, String> toColumn;
    @FXML private TableColumn<Transition, Integer> countColumn;
    @FXML private ListView<CaseRef> cases;
    @FXML private Button open;

    @Inject
    public PolicyImpactView(PolicyImpactViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.text = new CaseloadText(messages);
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(viewModel.summaryProperty());
        note.textProperty().bind(viewModel.noteProperty());
        framework.setItems(viewModel.frameworks());
        framework.setCellFactory(list -> frameworkCell());
        framework.setButtonCell(frameworkCell());
        framework.valueProperty().bindBidirectional(viewModel.frameworkProperty());
        transitions.setItems(viewModel.transitions());
        fromColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.outcome(c.getValue().from())));
        toColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.outcome(c.getValue().to())));
        countColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        transitions.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.transitionProperty().set(now);
            }
        });
        viewModel.transitionProperty().addListener((obs, old, now) -> {
            if (now != null && transitions.getSelectionModel().getSelectedItem() != now) {
                transitions.getSelectionModel().select(now);
            }
        });
        cases.setItems(viewModel.cases());
        cases.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CaseRef item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.caseNumber());
            }
        });
        cases.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                openSelected();
            }
        });
        cases.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
        open.disableProperty().bind(cases.getSelectionModel().selectedItemProperty().isNull());
        viewModel.activate();
    }

    private ListCell<String> frameworkCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : FrameworkImpact.IN_FORCE.equals(item) ? messages.get("caseload.inForce") : item);
            }
        };
    }

    @FXML
    private void openSelected() {
        viewModel.open(cases.getSelectionModel().getSelectedItem());
    }

    @Override
    public void dispose() {
        framework.valueProperty().unbindBidirectional(viewModel.frameworkProperty());
        open.disableProperty().unbind();
        viewModel.deactivate();
    }
}

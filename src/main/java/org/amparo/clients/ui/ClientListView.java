package org.amparo.clients.ui;

import jakarta.inject.Inject;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.amparo.clients.ClientSummary;
import org.amparo.interchange.ImportOpener;
import org.amparo.platform.fx.Disposable;
import org.amparo.platform.fx.StartupProbe;
import org.amparo.platform.i18n.Messages;

/** Client list: search field, virtualised table, "New client"; Enter or double-click opens a client. */
public final class ClientListView implements Disposable {

    private final ClientListViewModel viewModel;
    private final StartupProbe probe;
    private final DateText dates;
    private final ImportOpener importer;

    @FXML private TextField search;
    @FXML private Button newClient;
    @FXML private Button importClients;
    @FXML private TableView<ClientSummary> table;
    @FXML private TableColumn<ClientSummary, String> nameColumn;
    @FXML private TableColumn<ClientSummary, String> aliasesColumn;
    @FXML private TableColumn<ClientSummary, LocalDate> dobColumn;
    @FXML private TableColumn<ClientSummary, String> aNumberColumn;
    @FXML private TableColumn<ClientSummary, String> phoneColumn;
    @FXML private Label status;

    @Inject
    public ClientListView(ClientListViewModel viewModel, StartupProbe probe, Messages messages,
                          ImportOpener importer) {
        this.viewModel = viewModel;
        this.importer = importer;
        this.probe = probe;
        this.dates = new DateText(messages.locale());
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        status.textProperty().bind(viewModel.statusProperty());
        newClient.disableProperty().bind(viewModel.mayAddProperty().not());
        importClients.disableProperty().bind(viewModel.mayImportProperty().not());
        table.setItems(viewModel.results());
        nameColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().displayName()));
        aliasesColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().aliases()));
        dobColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().dob()));
        dobColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty ? null : dates.format(date));
            }
        });
        aNumberColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().aNumber()));
        phoneColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().phone()));
        table.setRowFactory(view -> openOnDoubleClick());
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
                event.consume();
            }
        });
        viewModel.firstPageLoadedProperty().addListener(firstPage());
        viewModel.activate();
        Platform.runLater(search::requestFocus);
    }

    private TableRow<ClientSummary> openOnDoubleClick() {
        TableRow<ClientSummary> row = new TableRow<>();
        row.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && !row.isEmpty()) {
                viewModel.open(row.getItem());
            }
        });
        return row;
    }

    /** Tells the start-up probe once the first page of results is in the table (after this pulse). */
    private ChangeListener<Boolean> firstPage() {
        return (observable, was, loaded) -> {
            if (loaded) {
                Platform.runLater(probe::firstPageShown);
            }
        };
    }

    @FXML
    private void importClients() {
        importer.open(viewModel::refresh);
    }

    @FXML
    private void newClient() {
        viewModel.newClient();
    }

    @Override
    public void dispose() {
        search.textProperty().unbindBidirectional(viewModel.queryProperty());
        viewModel.deactivate();
        table.setItems(null);
    }
}

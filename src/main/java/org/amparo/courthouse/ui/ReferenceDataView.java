package org.amparo.courthouse.ui;

import jakarta.inject.Inject;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.amparo.courthouse.Courthouse;
import org.amparo.courthouse.IceActivityReport;
import org.amparo.courthouse.ice287g.ImportWarning;
import org.amparo.platform.fx.Disposable;
import org.amparo.platform.i18n.Messages;

/** Reference data: the 287(g) list import with its preview, and courthouses with their ICE-activity reports. */
public final class ReferenceDataView implements Disposable {

    private final Import287gViewModel importer;
    private final CourthousesViewModel places;
    private final Messages messages;

    @FXML private Label inForce;
    @FXML private Button chooseFile;
    @FXML private Label fileName;
    @FXML private VBox previewBox;
    @FXML private Label summary;
    @FXML private TableView<ImportWarning> warnings;
    @FXML private TableColumn<ImportWarning, Integer> rowColumn;
    @FXML private TableColumn<ImportWarning, String> messageColumn;
    @FXML private Button importButton;
    @FXML private Button cancelButton;
    @FXML private ProgressIndicator busy;
    @FXML private Label importStatus;
    @FXML private ListView<Courthouse> courthouses;
    @FXML private TextField name;
    @FXML private TextField address;
    @FXML private TextField county;
    @FXML private TextField state;
    @FXML private TextField courtTypes;
    @FXML private ListView<IceActivityReport> reports;
    @FXML private DatePicker observedOn;
    @FXML private TextArea whatSeen;
    @FXML private TextField source;
    @FXML private CheckBox verified;
    @FXML private Label courthouseStatus;
    @FXML private Button addCourthouse;
    @FXML private Button editCourthouse;
    @FXML private Button cancelCourthouseEdit;
    @FXML private Button logReport;
    @FXML private Button editReport;
    @FXML private Button cancelReportEdit;

    @Inject
    public ReferenceDataView(Import287gViewModel importer, CourthousesViewModel places, Messages messages) {
        this.importer = importer;
        this.places = places;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        inForce.textProperty().bind(importer.inForceProperty());
        fileName.textProperty().bind(Bindings.createStringBinding(() -> importer.fileProperty().get() == null ? ""
                : importer.fileProperty().get().getFileName().toString(), importer.fileProperty()));
        previewBox.visibleProperty().bind(importer.previewProperty().isNotNull());
        previewBox.managedProperty().bind(previewBox.visibleProperty());
        summary.textProperty().bind(importer.summaryProperty());
        warnings.setItems(importer.warnings());
        rowColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().row()));
        messageColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().message()));
        importButton.disableProperty().bind(importer.busyProperty());
        chooseFile.disableProperty().bind(importer.busyProperty());
        busy.visibleProperty().bind(importer.busyProperty());
        importStatus.textProperty().bind(importer.statusProperty());
        bindCourthouses();
        importer.activate();
        places.activate();
    }

    private void bindCourthouses() {
        courthouses.setItems(places.courthouses());
        courthouses.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Courthouse c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name() + " — " + c.county() + ", " + c.state());
            }
        });
        courthouses.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                places.selectedProperty().set(now));
        reports.setItems(places.reports());
        reports.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(IceActivityReport r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : messages.get("courthouse.reports.line", r.observedOn(),
                        r.whatSeen(), r.source(), r.verified() ? messages.get("courthouse.reports.isVerified")
                                : messages.get("courthouse.reports.unverified")));
                setWrapText(true);
            }
        });
        name.textProperty().bindBidirectional(places.nameProperty());
        address.textProperty().bindBidirectional(places.addressProperty());
        county.textProperty().bindBidirectional(places.countyProperty());
        state.textProperty().bindBidirectional(places.stateProperty());
        courtTypes.textProperty().bindBidirectional(places.courtTypesProperty());
        observedOn.valueProperty().bindBidirectional(places.observedOnProperty());
        whatSeen.textProperty().bindBidirectional(places.whatSeenProperty());
        source.textProperty().bindBidirectional(places.sourceProperty());
        verified.selectedProperty().bindBidirectional(places.verifiedProperty());
        courthouseStatus.textProperty().bind(places.statusProperty());
        bindEditing();
    }

    private void bindEditing() {
        addCourthouse.textProperty().bind(Bindings.when(places.editingCourthouseProperty().isNull())
                .then(messages.get("courthouse.add")).otherwise(messages.get("courthouse.save")));
        editCourthouse.disableProperty().bind(courthouses.getSelectionModel().selectedItemProperty().isNull());
        cancelCourthouseEdit.visibleProperty().bind(places.editingCourthouseProperty().isNotNull());
        cancelCourthouseEdit.managedProperty().bind(cancelCourthouseEdit.visibleProperty());
        logReport.textProperty().bind(Bindings.when(places.editingReportProperty().isNull())
                .then(messages.get("courthouse.reports.log")).otherwise(messages.get("courthouse.reports.save")));
        editReport.disableProperty().bind(reports.getSelectionModel().selectedItemProperty().isNull());
        cancelReportEdit.visibleProperty().bind(places.editingReportProperty().isNotNull());
        cancelReportEdit.managedProperty().bind(cancelReportEdit.visibleProperty());
    }

    @FXML
    private void chooseFile() {
        importer.chooseFile();
    }

    @FXML
    private void confirm() {
        importer.confirm();
    }

    @FXML
    private void cancel() {
        importer.cancel();
    }

    @FXML
    private void saveCourthouse() {
        places.saveCourthouse();
    }

    @FXML
    private void editCourthouse() {
        places.editCourthouse();
    }

    @FXML
    private void cancelCourthouseEdit() {
        places.cancelCourthouseEdit();
    }

    @FXML
    private void editReport() {
        places.editReport(reports.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void cancelReportEdit() {
        places.cancelReportEdit();
    }

    @FXML
    private void logReport() {
        places.logReport();
    }

    @FXML
    private void toggleVerified() {
        IceActivityReport r = reports.getSelectionModel().getSelectedItem();
        if (r != null) {
            places.setVerified(r, !r.verified());
        }
    }

    @Override
    public void dispose() {
        warnings.setItems(null);
        courthouses.setItems(null);
        reports.setItems(null);
    }
}

package org.amparo.cases.ui;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseRow;
import org.amparo.cases.CaseStatus;
import org.amparo.platform.fx.Disposable;
import org.amparo.platform.i18n.Messages;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.amparo.screening.ScreeningEngine;

/**
 * The Cases section: the caseload (filters, order, a virtualised table fed page by page; Enter or double-click opens
 * a case) and the policy-change impact of the last re-screen, with "Re-screen now".
 */
public final class CaseloadView implements Disposable {

    private static final List<Integer> DEADLINE_DAYS = List.of(7, 14, 30, 60, 90);

    private final CaseloadViewModel viewModel;
    private final RescreenViewModel rescreen;
    private final CaseloadText text;
    private final Messages messages;
    private final List<String> frameworkIds;
    private final DateTimeFormatter dates;

    @FXML private TabPane tabs;
    @FXML private Tab impactTab;
    @FXML private PolicyImpactView impactController;
    @FXML private Button rescreenNow;
    @FXML private TextField search;
    @FXML private ComboBox<CaseStatus> statusFilter;
    @FXML private ComboBox<String> frameworkFilter;
    @FXML private ComboBox<FrameworkOutcome> outcomeFilter;
    @FXML private ComboBox<Relief> reliefFilter;
    @FXML private ComboBox<ReliefOutcome> reliefOutcomeFilter;
    @FXML private ComboBox<Integer> deadlineFilter;
    @FXML private CheckBox mine;
    @FXML private ComboBox<CaseQuery.Sort> sortChoice;
    @FXML private TableView<CaseRow> table;
    @FXML private TableColumn<CaseRow, String> numberColumn;
    @FXML private TableColumn<CaseRow, String> clientColumn;
    @FXML private TableColumn<CaseRow, String> statusColumn;
    @FXML private TableColumn<CaseRow, String> reliefColumn;
    @FXML private TableColumn<CaseRow, String> advocateColumn;
    @FXML private TableColumn<CaseRow, String> outcomeColumn;
    @FXML private TableColumn<CaseRow, String> deadlineColumn;
    @FXML private Label status;

    @Inject
    public CaseloadView(CaseloadViewModel viewModel, RescreenViewModel rescreen, Messages messages,
                        ScreeningEngine engine) {
        this.viewModel = viewModel;
        this.rescreen = rescreen;
        this.messages = messages;
        this.text = new CaseloadText(messages);
        this.frameworkIds = engine.frameworkIds();
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
    }

    /**
     * Rebuilds the table's cells when the list gets shorter (a new filter): without it, cells of rows that were still
     * loading stayed drawn below the last row with their stale "Loading…" (seen under Xvfb: 60 cases filtered to 2).
     */
    private final ListChangeListener<CaseRow> shrinkRefresh = change -> {
        while (change.next()) {
            if (change.wasRemoved() && change.getRemovedSize() > change.getAddedSize()) {
                table.refresh();
                return;
            }
        }
    };

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(viewModel.textProperty());
        status.textProperty().bind(viewModel.statusTextProperty());
        bindFilters();
        columns();
        table.setItems(viewModel.rows());
        viewModel.rows().addListener(shrinkRefresh);
        table.setRowFactory(view -> openOnDoubleClick());
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        rescreenNow.disableProperty().bind(rescreen.runningProperty());
        viewModel.activate();
        Platform.runLater(search::requestFocus);
    }

    private void bindFilters() {
        Choices.bind(statusFilter, withAny(CaseStatus.values()), text::status, viewModel.statusProperty());
        List<String> frameworks = new ArrayList<>();
        frameworks.add(null);
        frameworks.addAll(frameworkIds);
        Choices.bind(frameworkFilter, frameworks, text::framework, viewModel.frameworkProperty());
        Choices.bind(outcomeFilter, withAny(FrameworkOutcome.values()),
                o -> o == null ? messages.get("caseload.any") : text.outcome(o), viewModel.frameworkOutcomeProperty());
        Choices.bind(reliefFilter, withAny(Relief.values()), text::relief, viewModel.reliefProperty());
        Choices.bind(reliefOutcomeFilter, withAny(ReliefOutcome.values()), text::reliefOutcome,
                viewModel.reliefOutcomeProperty());
        List<Integer> days = new ArrayList<>();
        days.add(null);
        days.addAll(DEADLINE_DAYS);
        Choices.bind(deadlineFilter, days, text::deadline, viewModel.deadlineWithinDaysProperty());
        Choices.bind(sortChoice, List.of(CaseQuery.Sort.values()), text::sort, viewModel.sortProperty());
        mine.selectedProperty().bindBidirectional(viewModel.assignedToMeProperty());
    }

    @SafeVarargs
    private static <T> List<T> withAny(T... values) {
        List<T> out = new ArrayList<>();
        out.add(null);
        out.addAll(Arrays.asList(values));
        return out;
    }

    private void columns() {
        column(numberColumn, row -> row == null ? messages.get("caseload.loadingRow") : row.caseNumber());
        column(clientColumn, row -> row == null ? null : row.clientDisplayName());
        column(statusColumn, row -> row == null ? null : text.status(row.status()));
        column(reliefColumn, row -> row == null ? null : row.reliefPursued());
        column(advocateColumn, row -> row == null ? null : row.assignedAdvocate());
        column(outcomeColumn, row -> row == null ? null : text.outcome(row.inForceOutcome()));
        column(deadlineColumn, row -> row == null ? null : deadline(row.nextDeadline(), row.nextDeadlineLabel()));
    }

    private static void column(TableColumn<CaseRow, String> column, Function<CaseRow, String> value) {
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private String deadline(LocalDate date, String label) {
        if (date == null) {
            return "";
        }
        return label == null || label.isBlank() ? dates.format(date) : dates.format(date) + " · " + label;
    }

    private TableRow<CaseRow> openOnDoubleClick() {
        TableRow<CaseRow> row = new TableRow<>();
        row.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && !row.isEmpty()) {
                viewModel.open(row.getItem());
            }
        });
        return row;
    }

    @FXML
    private void rescreenNow() {
        rescreen.start();
    }

    /** Shows the impact tab (after "View changes"). */
    public void showImpact() {
        tabs.getSelectionModel().select(impactTab);
    }

    @Override
    public void dispose() {
        search.textProperty().unbindBidirectional(viewModel.textProperty());
        mine.selectedProperty().unbindBidirectional(viewModel.assignedToMeProperty());
        Choices.unbind(statusFilter, viewModel.statusProperty());
        Choices.unbind(frameworkFilter, viewModel.frameworkProperty());
        Choices.unbind(outcomeFilter, viewModel.frameworkOutcomeProperty());
        Choices.unbind(reliefFilter, viewModel.reliefProperty());
        Choices.unbind(reliefOutcomeFilter, viewModel.reliefOutcomeProperty());
        Choices.unbind(deadlineFilter, viewModel.deadlineWithinDaysProperty());
        Choices.unbind(sortChoice, viewModel.sortProperty());
        rescreenNow.disableProperty().unbind();
        impactController.dispose();
        viewModel.deactivate();
        viewModel.rows().removeListener(shrinkRefresh);
        table.setItems(null);
    }
}

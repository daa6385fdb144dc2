package org.amparo.deadlines.ui;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.view.MonthView;
import jakarta.inject.Inject;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.amparo.cases.CaseRow;
import org.amparo.courthouse.risk.PolicyLens;
import org.amparo.deadlines.agenda.AgendaItem;
import org.amparo.platform.fx.Disposable;
import org.amparo.platform.i18n.Messages;
import org.amparo.screening.CourthouseRisk;

/** Calendar page: agenda list and CalendarFX month view, coloured by risk and urgency, with the risk details. */
public final class CalendarView implements Disposable {

    private final CalendarViewModel viewModel;
    private final DeadlineEditorViewModel editor;
    private final Messages messages;
    private final AgendaText text;
    private final Map<AgendaStyles, Calendar> calendars = new EnumMap<>(AgendaStyles.class);
    private final MonthView month = new MonthView();
    private final ListChangeListener<AgendaItem> itemsListener = change -> showItems();
    private boolean syncing;

    @FXML private Button refreshButton;
    @FXML private Button exportButton;
    @FXML private CheckBox includeNames;
    @FXML private FlowPane legend;
    @FXML private ListView<AgendaItem> agendaList;
    @FXML private StackPane monthHolder;
    @FXML private Label selectedTitle;
    @FXML private ComboBox<PolicyLens> lens;
    @FXML private Label levelLabel;
    @FXML private Label factorsHeading;
    @FXML private VBox factors;
    @FXML private Label planHeading;
    @FXML private VBox plan;
    @FXML private Label status;
    @FXML private VBox details;
    @FXML private ScrollPane detailsScroll;
    @FXML private Button addDeadline;
    @FXML private VBox deadlineForm;
    @FXML private Label formHeading;
    @FXML private TextField deadlineTitle;
    @FXML private Label titleError;
    @FXML private DatePicker deadlineDate;
    @FXML private Label dateError;
    @FXML private TextField caseSearch;
    @FXML private ComboBox<CaseRow> caseChoice;
    @FXML private Label caseError;
    @FXML private CheckBox wholeClient;
    @FXML private CheckBox deadlineDone;
    @FXML private Button saveDeadline;
    @FXML private Button deleteDeadline;
    @FXML private Button cancelDeadline;
    @FXML private Label deadlineStatus;
    @FXML private HBox deadlineActions;

    @Inject
    public CalendarView(CalendarViewModel viewModel, DeadlineEditorViewModel editor, Messages messages) {
        this.viewModel = viewModel;
        this.editor = editor;
        this.messages = messages;
        this.text = new AgendaText(messages);
    }

    @FXML
    private void initialize() {
        details.getStylesheets().add(AgendaStyles.STYLESHEET);
        agendaList.getStylesheets().add(AgendaStyles.STYLESHEET);
        agendaList.setCellFactory(list -> new AgendaCell(text, viewModel::today, messages.locale()));
        agendaList.setItems(viewModel.items());
        agendaList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> select(now));
        setUpMonth();
        setUpLegend();
        lens.getItems().setAll(PolicyLens.values());
        lens.setConverter(converter());
        lens.valueProperty().bindBidirectional(viewModel.lensProperty());
        includeNames.selectedProperty().bindBidirectional(viewModel.includeNamesProperty());
        status.textProperty().bind(viewModel.statusProperty());
        refreshButton.disableProperty().bind(viewModel.loadingProperty());
        viewModel.riskProperty().addListener((obs, old, now) -> showRisk(now));
        viewModel.selectedProperty().addListener((obs, old, now) -> showSelected(now));
        viewModel.items().addListener(itemsListener);
        bindDeadlineForm();
        showSelected(null);
        viewModel.activate();
    }

    private void bindCaseChoice() {
        caseChoice.setItems(editor.caseMatches());
        caseChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(CaseRow row) {
                return editor.describe(row);
            }

            @Override
            public CaseRow fromString(String string) {
                return null;
            }
        });
        caseChoice.valueProperty().bindBidirectional(editor.chosenCaseProperty());
    }

    private void bindDeadlineForm() {
        editor.setOnChanged(viewModel::refresh);
        deadlineForm.visibleProperty().bind(editor.openProperty());
        deadlineForm.managedProperty().bind(deadlineForm.visibleProperty());
        formHeading.textProperty().bind(Bindings.when(editor.existingProperty())
                .then(messages.get("calendar.deadline.editHeading"))
                .otherwise(messages.get("calendar.deadline.newHeading")));
        deleteDeadline.visibleProperty().bind(editor.existingProperty());
        saveDeadline.defaultButtonProperty().bind(editor.openProperty());
        cancelDeadline.cancelButtonProperty().bind(editor.openProperty());
        deadlineTitle.textProperty().bindBidirectional(editor.titleProperty());
        deadlineDate.valueProperty().bindBidirectional(editor.dueOnProperty());
        caseSearch.textProperty().bindBidirectional(editor.caseSearchProperty());
        bindCaseChoice();
        wholeClient.selectedProperty().bindBidirectional(editor.wholeClientProperty());
        deadlineDone.selectedProperty().bindBidirectional(editor.doneProperty());
        titleError.textProperty().bind(editor.titleErrorProperty());
        dateError.textProperty().bind(editor.dateErrorProperty());
        caseError.textProperty().bind(editor.caseErrorProperty());
        deadlineStatus.textProperty().bind(editor.statusProperty());
        for (Label error : List.of(titleError, dateError, caseError)) {
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
        }
        deadlineActions.managedProperty().bind(deadlineActions.visibleProperty());
        editor.openProperty().addListener((obs, was, now) -> {
            if (now) {
                detailsScroll.setVvalue(0);
                deadlineTitle.requestFocus();
            }
        });
    }

    private void setUpMonth() {
        CalendarSource source = new CalendarSource(messages.get("calendar.heading"));
        for (AgendaStyles style : AgendaStyles.values()) {
            Calendar calendar = new Calendar(messages.get(style.legendKey()));
            calendar.setStyle(style.calendarStyle());
            calendar.setReadOnly(true);
            calendars.put(style, calendar);
            source.getCalendars().add(calendar);
        }
        month.getCalendarSources().setAll(source);
        month.setToday(viewModel.today());
        month.setDate(viewModel.today());
        month.setCreateEntryClickCount(3);
        month.setEntryFactory(param -> null);
        month.setEntryDetailsCallback(param -> false);
        month.setContextMenuCallback(param -> null);
        month.setEntryContextMenuCallback(param -> null);
        month.setEntryEditPolicy(param -> false);
        month.getSelections().addListener((SetChangeListener<Entry<?>>) change -> {
            if (change.wasAdded() && change.getElementAdded().getUserObject() instanceof AgendaItem item) {
                select(item);
            }
        });
        monthHolder.getChildren().setAll(month);
    }

    private void setUpLegend() {
        for (AgendaStyles style : AgendaStyles.values()) {
            Label chip = new Label(messages.get(style.legendKey()));
            chip.getStyleClass().addAll("amp-level-chip", style.styleClass());
            legend.getChildren().add(chip);
        }
        legend.getStylesheets().add(AgendaStyles.STYLESHEET);
    }

    private void showItems() {
        calendars.values().forEach(Calendar::clear);
        for (AgendaItem item : viewModel.items()) {
            Entry<AgendaItem> entry = new Entry<>(text.titleWithLevel(item));
            entry.setId(item.key());
            entry.setInterval(item.date());
            entry.setFullDay(true);
            entry.setUserObject(item);
            calendars.get(AgendaStyles.of(item, viewModel.today())).addEntry(entry);
        }
    }

    private void select(AgendaItem item) {
        if (!syncing && item != null) {
            viewModel.selectedProperty().set(item);
        }
    }

    private void showSelected(AgendaItem item) {
        syncing = true;
        try {
            if (item != null && agendaList.getSelectionModel().getSelectedItem() != item) {
                agendaList.getSelectionModel().select(item);
            }
        } finally {
            syncing = false;
        }
        selectedTitle.setText(item == null ? messages.get("calendar.details.none")
                : item.date() + " · " + text.title(item));
        boolean event = item != null && item.isEvent();
        deadlineActions.setVisible(item != null && item.kind() == AgendaItem.Kind.MANUAL_DEADLINE);
        lens.setDisable(!event);
        if (item != null && !event) {
            levelLabel.setText(messages.get("calendar.details.deadline"));
        }
        showRisk(viewModel.riskProperty().get());
    }

    private void showRisk(CourthouseRisk risk) {
        factors.getChildren().clear();
        plan.getChildren().clear();
        boolean shown = risk != null;
        factorsHeading.setVisible(shown);
        planHeading.setVisible(shown);
        AgendaItem item = viewModel.selectedProperty().get();
        if (!shown) {
            if (item == null || item.isEvent()) {
                levelLabel.setText("");
            }
            return;
        }
        levelLabel.setText(messages.get("calendar.details.level", text.level(risk.level()),
                text.lens(viewModel.lensProperty().get())));
        for (CourthouseRisk.Factor f : risk.factors()) {
            Label direction = new Label(text.direction(f.direction()));
            direction.getStyleClass().add("amp-factor-" + f.direction().name());
            Label reason = new Label(f.id() + " — " + f.reason());
            reason.setWrapText(true);
            factors.getChildren().add(new VBox(2, direction, reason));
        }
        for (String step : risk.safetyPlan()) {
            Label line = new Label("• " + step);
            line.setWrapText(true);
            plan.getChildren().add(line);
        }
    }

    private StringConverter<PolicyLens> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(PolicyLens value) {
                return value == null ? "" : text.lens(value);
            }

            @Override
            public PolicyLens fromString(String string) {
                return null;
            }
        };
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void export() {
        viewModel.export();
    }

    @FXML
    private void addDeadline() {
        editor.startNew();
    }

    @FXML
    private void editDeadline() {
        editor.edit(viewModel.selectedProperty().get());
    }

    @FXML
    private void markDone() {
        editor.markDone(viewModel.selectedProperty().get());
    }

    @FXML
    private void searchCases() {
        editor.searchCases();
    }

    @FXML
    private void saveDeadline() {
        commitTypedDate(deadlineDate);
        editor.save();
    }

    /** A date typed but not confirmed with Enter is taken as typed; text that is not a date clears the value. */
    static void commitTypedDate(DatePicker picker) {
        String typed = picker.getEditor().getText();
        try {
            picker.setValue(typed == null || typed.isBlank() ? null : picker.getConverter().fromString(typed.strip()));
        } catch (DateTimeParseException e) {
            picker.setValue(null);
        }
    }

    @FXML
    private void cancelDeadline() {
        editor.cancel();
    }

    @FXML
    private void deleteDeadline() {
        editor.delete();
    }

    @Override
    public void dispose() {
        viewModel.items().removeListener(itemsListener);
        lens.valueProperty().unbindBidirectional(viewModel.lensProperty());
        includeNames.selectedProperty().unbindBidirectional(viewModel.includeNamesProperty());
        editor.setOnChanged(null);
        caseChoice.setItems(null);
        viewModel.deactivate();
        agendaList.setItems(null);
    }
}

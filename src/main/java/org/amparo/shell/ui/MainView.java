package org.amparo.shell.ui;

import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import org.amparo.cases.ui.CaseloadView;
import org.amparo.cases.ui.RescreenBannerView;
import org.amparo.backup.ui.BackupStatusViewModel;
import org.amparo.clients.ui.ClientListView;
import org.amparo.courthouse.ui.ReferenceDataView;
import org.amparo.deadlines.ui.CalendarView;
import org.amparo.deadlines.ui.UpcomingView;
import org.amparo.platform.fx.Disposable;
import org.amparo.platform.fx.ViewLoader;
import org.amparo.platform.i18n.Messages;
import org.amparo.summaries.ui.ReportsView;

/** Main window: navigation rail, section content, demo banner, lock button and status bar. */
public final class MainView implements Disposable {

    private final MainViewModel viewModel;
    private final ViewLoader views;
    private final Messages messages;
    private final BackupStatusViewModel backupStatus;
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
    private Object contentController;

    @FXML private Button lockButton;
    @FXML private Label demoBanner;
    @FXML private ToggleGroup sections;
    @FXML private ToggleButton clientsButton;
    @FXML private ToggleButton casesButton;
    @FXML private ToggleButton calendarButton;
    @FXML private ToggleButton reportsButton;
    @FXML private ToggleButton settingsButton;
    @FXML private StackPane content;
    @FXML private Label statusText;
    @FXML private ProgressBar statusProgress;
    @FXML private RescreenBannerView rescreenBannerController;
    @FXML private Label backupStatusText;

    @Inject
    public MainView(MainViewModel viewModel, ViewLoader views, Messages messages, BackupStatusViewModel backupStatus) {
        this.viewModel = viewModel;
        this.views = views;
        this.messages = messages;
        this.backupStatus = backupStatus;
    }

    @FXML
    private void initialize() {
        buttons.put(Section.CLIENTS, clientsButton);
        buttons.put(Section.CASES, casesButton);
        buttons.put(Section.CALENDAR, calendarButton);
        buttons.put(Section.REPORTS, reportsButton);
        buttons.put(Section.SETTINGS, settingsButton);
        buttons.forEach((section, button) -> button.setUserData(section));
        sections.selectedToggleProperty().addListener((obs, old, now) -> selected(old, now));
        viewModel.sectionProperty().addListener((obs, old, now) -> showSection(now));
        demoBanner.visibleProperty().bind(viewModel.demoDataProperty());
        demoBanner.managedProperty().bind(demoBanner.visibleProperty());
        statusText.textProperty().bind(viewModel.statusTextProperty());
        statusProgress.progressProperty().bind(viewModel.statusProgressProperty());
        statusProgress.visibleProperty().bind(viewModel.workingProperty());
        backupStatusText.textProperty().bind(backupStatus.textProperty());
    }

    private void selected(Toggle old, Toggle now) {
        if (now == null) {
            sections.selectToggle(old);
        } else {
            viewModel.sectionProperty().set((Section) now.getUserData());
        }
    }

    /** Shows the first section (called once the window is set up). */
    public void start(boolean demoData) {
        viewModel.activate(demoData);
        backupStatus.activate();
        showSection(viewModel.sectionProperty().get());
        rescreenBannerController.start(this::showRescreenImpact);
    }

    /** Jumps to the settings (after the window was rebuilt for a new language). */
    public void showSettings() {
        viewModel.sectionProperty().set(Section.SETTINGS);
    }

    private void showSection(Section section) {
        sections.selectToggle(buttons.get(section));
        disposeContent();
        ViewLoader.Loaded<?> loaded = switch (section) {
            case CLIENTS -> ComposedPage.withSide(views.load(ClientListView.class), views.load(UpcomingView.class));
            case CASES -> views.load(CaseloadView.class);
            case CALENDAR -> ComposedPage.tabs(List.of(messages.get("calendar.page.calendar"),
                    messages.get("calendar.page.reference")), List.of(views.load(CalendarView.class),
                    views.load(ReferenceDataView.class)));
            case REPORTS -> views.load(ReportsView.class);
            case SETTINGS -> views.load(SettingsView.class);
            default -> notBuilt(section);
        };
        contentController = loaded.controller();
        content.getChildren().setAll(loaded.root());
        Platform.runLater(() -> loaded.root().requestFocus());
    }

    /** "View changes" of the re-screen banner: the Cases section, impact tab. */
    private void showRescreenImpact() {
        viewModel.sectionProperty().set(Section.CASES);
        if (contentController instanceof CaseloadView caseload) {
            caseload.showImpact();
        }
    }

    private ViewLoader.Loaded<NotBuiltView> notBuilt(Section section) {
        ViewLoader.Loaded<NotBuiltView> loaded = views.load(NotBuiltView.class);
        loaded.controller().show(section);
        return loaded;
    }

    private void disposeContent() {
        if (contentController instanceof Disposable disposable) {
            disposable.dispose();
        }
        contentController = null;
        content.getChildren().clear();
    }

    @FXML
    private void lock() {
        viewModel.lock();
    }

    @Override
    public void dispose() {
        disposeContent();
        rescreenBannerController.dispose();
        backupStatus.deactivate();
        viewModel.deactivate();
    }
}

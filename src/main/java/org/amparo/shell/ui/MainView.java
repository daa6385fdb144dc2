package org.amparo.shell.ui;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import org.amparo.cases.ui.CaseWindows;
import org.amparo.cases.ui.CaseloadView;
import org.amparo.cases.ui.RescreenBannerView;
import org.amparo.backup.ui.BackupStatusViewModel;
import org.amparo.clients.ui.ClientFormWindows;
import org.amparo.clients.ui.ClientListView;
import org.amparo.courthouse.ui.ReferenceDataView;
import org.amparo.deadlines.ui.CalendarView;
import org.amparo.deadlines.ui.UpcomingView;
import org.amparo.platform.fx.Disposable;
import org.amparo.platform.fx.ViewLoader;
import org.amparo.platform.i18n.Messages;
import org.amparo.retention.ui.ScheduledPurgePrompt;
import org.amparo.security.ui.BreakGlassBannerView;
import org.amparo.security.ui.BreakGlassGateView;
import org.amparo.security.ui.BreakGlassViewModel;
import org.amparo.summaries.ui.ReportsView;

/** Main window: navigation rail, section content, demo banner, lock button and status bar. */
public final class MainView implements Disposable {

    private final MainViewModel viewModel;
    private final ViewLoader views;
    private final Messages messages;
    private final BackupStatusViewModel backupStatus;
    private final BreakGlassViewModel breakGlass;
    private final Provider<CaseWindows> caseWindows;
    private final Provider<ClientFormWindows> clientForms;
    private final ScheduledPurgePrompt purgePrompt;
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
    private final ChangeListener<Boolean> breakGlassListener =
            (obs, was, active) -> breakGlassChanged(active);
    private Object contentController;
    private boolean disposed;

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
    @FXML private BreakGlassBannerView breakGlassBannerController;

    @Inject
    public MainView(MainViewModel viewModel, ViewLoader views, Messages messages, BackupStatusViewModel backupStatus,
                    BreakGlassViewModel breakGlass, Provider<CaseWindows> caseWindows,
                    Provider<ClientFormWindows> clientForms, ScheduledPurgePrompt purgePrompt) {
        this.viewModel = viewModel;
        this.views = views;
        this.messages = messages;
        this.backupStatus = backupStatus;
        this.breakGlass = breakGlass;
        this.caseWindows = caseWindows;
        this.clientForms = clientForms;
        this.purgePrompt = purgePrompt;
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
        rescreenBannerController.start(this::showRescreenImpact);
        breakGlassBannerController.start(breakGlass);
        breakGlass.activeProperty().addListener(breakGlassListener);
        purgePrompt.offer();
        breakGlass.refresh(() -> {
            if (!disposed) {
                showSection(viewModel.sectionProperty().get());
            }
        });
    }

    /** Break-glass began (client pages open) or ended (client windows close, client pages show the notice again). */
    private void breakGlassChanged(boolean active) {
        if (!active) {
            caseWindows.get().closeAll(false);
            clientForms.get().closeAll(false);
        }
        showSection(viewModel.sectionProperty().get());
    }

    /** Jumps to the settings (after the window was rebuilt for a new language). */
    public void showSettings() {
        viewModel.sectionProperty().set(Section.SETTINGS);
    }

    private void showSection(Section section) {
        sections.selectToggle(buttons.get(section));
        disposeContent();
        ViewLoader.Loaded<?> loaded = switch (section) {
            case CLIENTS -> clientData() ? ComposedPage.withSide(views.load(ClientListView.class),
                    views.load(UpcomingView.class)) : breakGlassGate();
            case CASES -> clientData() ? views.load(CaseloadView.class) : breakGlassGate();
            case CALENDAR -> ComposedPage.tabs(List.of(messages.get("calendar.page.calendar"),
                    messages.get("calendar.page.reference")), List.of(clientData() ? views.load(CalendarView.class)
                    : breakGlassGate(), views.load(ReferenceDataView.class)));
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

    private boolean clientData() {
        return breakGlass.clientAccessProperty().get() == BreakGlassViewModel.ClientAccess.ALLOWED;
    }

    /** In place of a client page: the break-glass notice (administrators) or a plain refusal. */
    private ViewLoader.Loaded<BreakGlassGateView> breakGlassGate() {
        ViewLoader.Loaded<BreakGlassGateView> loaded = views.load(BreakGlassGateView.class);
        loaded.controller().show(breakGlass);
        return loaded;
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
        disposed = true;
        breakGlass.activeProperty().removeListener(breakGlassListener);
        disposeContent();
        rescreenBannerController.dispose();
        breakGlassBannerController.dispose();
        breakGlass.deactivate();
        backupStatus.deactivate();
        viewModel.deactivate();
    }
}

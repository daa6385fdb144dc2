package org.amparo.cases.ui;

import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.amparo.cases.FactSection;
import org.amparo.platform.fx.Disposable;
import org.amparo.platform.fx.Navigation;
import org.amparo.screening.ScreeningDocument;

/**
 * The case view: her facts by section in tabs (each with its own Save), where each fact came from ("Sources"), the
 * free-form extensions, the adverse parties, and the screening
 * panel beside them. A question's "Go to the answer" selects the section and focuses the field.
 */
public final class CaseView implements Disposable {

    private final Navigation navigation;
    private final Map<FactSection, FactEditors> editors = new EnumMap<>(FactSection.class);
    private final Map<FactSection, Tab> tabs = new EnumMap<>(FactSection.class);
    private CaseViewModel model;
    private ScreeningPanelView panel;
    private SourcesPane sourcesPane;
    private ExtensionsPane extensionsPane;
    private final ChangeListener<Boolean> onLoaded = (obs, was, now) -> {
        if (now) {
            buildSections();
        }
    };
    private final ChangeListener<CaseViewModel.FocusRequest> onFocus = (obs, old, now) -> focus(now);
    private final ChangeListener<ScreeningDocument> onScreened = (obs, old, now) -> showDerivatives();

    @FXML private Label heading;
    @FXML private Button editClient;
    @FXML private TabPane sections;
    @FXML private ScrollPane screening;

    @Inject
    public CaseView(Navigation navigation) {
        this.navigation = navigation;
    }

    /** Connects the loaded view to its ViewModel (the window opener calls this once). */
    public void bind(CaseViewModel viewModel) {
        this.model = viewModel;
        heading.textProperty().bind(viewModel.headingProperty());
        editClient.disableProperty().bind(viewModel.loadedProperty().not());
        panel = new ScreeningPanelView(viewModel);
        screening.setContent(panel.root());
        viewModel.loadedProperty().addListener(onLoaded);
        viewModel.focusProperty().addListener(onFocus);
        viewModel.screening().documentProperty().addListener(onScreened);
    }

    private void buildSections() {
        sections.getTabs().clear();
        editors.clear();
        tabs.clear();
        for (FactSection section : CaseViewModel.SECTIONS) {
            CaseSection caseSection = model.section(section);
            FactEditors sectionEditors = new FactEditors(model.messages(), false);
            editors.put(section, sectionEditors);
            VBox content = new VBox(14, sectionEditors.build(caseSection.form()), saveBar(caseSection));
            content.setPadding(new Insets(14));
            ScrollPane scroll = new ScrollPane(content);
            scroll.setFitToWidth(true);
            Tab tab = new Tab(model.sectionTitle(section), scroll);
            tab.setUserData(section);
            tabs.put(section, tab);
            sections.getTabs().add(tab);
        }
        addSourcesAndExtensions();
        Tab adverse = new Tab(model.messages().get("adverseParty.heading"),
                new ScrollPane(new AdversePartyPane(model.adverseParties(), model.messages()).root()));
        sections.getTabs().add(adverse);
        showDerivatives();
    }

    private void addSourcesAndExtensions() {
        disposePanes();
        sourcesPane = new SourcesPane(model.sources(), saveBar(model.section(FactSection.SOURCES)));
        extensionsPane = new ExtensionsPane(model.extensions(), saveBar(model.section(FactSection.EXTENSIONS)));
        addTab(FactSection.SOURCES, sourcesPane.root());
        addTab(FactSection.EXTENSIONS, extensionsPane.root());
    }

    private void addTab(FactSection section, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Tab tab = new Tab(model.sectionTitle(section), scroll);
        tab.setUserData(section);
        tabs.put(section, tab);
        sections.getTabs().add(tab);
    }

    private void disposePanes() {
        if (sourcesPane != null) {
            sourcesPane.dispose();
            extensionsPane.dispose();
        }
    }

    private Node saveBar(CaseSection section) {
        Button save = new Button(model.messages().get("caseView.save"));
        save.getStyleClass().add("accent");
        save.setMnemonicParsing(true);
        save.setUserData(section.section());
        save.getStyleClass().add("amp-save-section");
        save.disableProperty().bind(section.dirtyProperty().not().or(section.savingProperty()));
        save.setOnAction(event -> model.save(section.section()));
        Label unsaved = new Label(model.messages().get("caseView.unsaved"));
        unsaved.visibleProperty().bind(section.dirtyProperty());
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("amp-section-message");
        message.textProperty().bind(section.messageProperty());
        return new HBox(12, save, unsaved, message);
    }

    private void focus(CaseViewModel.FocusRequest request) {
        if (request == null || !tabs.containsKey(request.section())) {
            return;
        }
        sections.getSelectionModel().select(tabs.get(request.section()));
        Node target = editors.get(request.section()).nodeFor(request.path());
        if (target != null) {
            Platform.runLater(target::requestFocus);
        }
    }

    private void showDerivatives() {
        FactEditors family = editors.get(FactSection.FAMILY);
        if (family != null) {
            Map<String, String> notes = new java.util.HashMap<>();
            model.screening().derivatives().forEach((ref, text) ->
                    notes.put(ref, model.messages().get("caseView.derivative", text)));
            family.showNotes(notes);
        }
    }

    @FXML
    private void editClient() {
        model.editClient();
    }

    @FXML
    private void lock() {
        navigation.lock();
    }

    @Override
    public void dispose() {
        model.loadedProperty().removeListener(onLoaded);
        model.focusProperty().removeListener(onFocus);
        model.screening().documentProperty().removeListener(onScreened);
        panel.dispose();
        disposePanes();
        sections.getTabs().clear();
    }
}

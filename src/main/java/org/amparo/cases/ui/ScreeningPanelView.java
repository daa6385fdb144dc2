package org.amparo.cases.ui;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.amparo.platform.i18n.Messages;
import org.amparo.screening.FrameworkResult;
import org.amparo.screening.ReliefResult;

/**
 * Draws the screening panel of a case: status, the framework in force (others behind a check box), each relief
 * with its elements, UNVERIFIED rules marked, and for every missing fact its question with a button that jumps to
 * the field that answers it.
 */
final class ScreeningPanelView {

    private final CaseViewModel model;
    private final ScreeningPanelModel panel;
    private final Messages messages;
    private final ScreeningLabels labels;
    private final VBox frameworks = new VBox(8);
    private final VBox relief = new VBox(8);
    private final VBox root;
    private final InvalidationListener redraw = observable -> draw();

    ScreeningPanelView(CaseViewModel model) {
        this.model = model;
        this.panel = model.screening();
        this.messages = model.messages();
        this.labels = new ScreeningLabels(messages);
        Label heading = new Label(messages.get("screenPanel.heading"));
        heading.getStyleClass().add("title-3");
        Label status = new Label();
        status.setWrapText(true);
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(panel.statusProperty());
        CheckBox others = new CheckBox(messages.get("screenPanel.otherFrameworks"));
        others.setId("otherFrameworks");
        others.setMnemonicParsing(true);
        others.selectedProperty().bindBidirectional(panel.showAllFrameworksProperty());
        root = new VBox(10, heading, status, frameworks, others, relief);
        root.getStyleClass().add("amp-screening-panel");
        panel.frameworks().addListener(redraw);
        panel.relief().addListener(redraw);
        draw();
    }

    Node root() {
        return root;
    }

    void dispose() {
        panel.frameworks().removeListener(redraw);
        panel.relief().removeListener(redraw);
    }

    private void draw() {
        frameworks.getChildren().setAll(panel.frameworks().stream().map(this::framework).toList());
        relief.getChildren().setAll(panel.relief().stream().map(this::relief).toList());
    }

    private Node framework(FrameworkResult result) {
        String title = result.framework() + " — " + labels.framework(result.outcome())
                + (result.inForceOnAsOf() ? " · " + messages.get("screenPanel.inForce") : "");
        VBox content = new VBox(6);
        for (FrameworkResult.CategoryResult category : result.categories()) {
            Label line = new Label(category.id() + ": " + labels.category(category.result())
                    + (category.reasons().isEmpty() ? "" : " — " + String.join("; ", category.reasons()))
                    + (category.citation() == null ? "" : " (" + category.citation() + ")"));
            line.setWrapText(true);
            if (ScreeningLabels.unverified(category)) {
                content.getChildren().add(badge("screenPanel.unverified", "amp-unverified"));
            }
            content.getChildren().add(line);
        }
        content.getChildren().add(questions(result.missingFacts()));
        TitledPane pane = new TitledPane(title, content);
        pane.setExpanded(result.inForceOnAsOf());
        pane.getStyleClass().add("amp-framework");
        return pane;
    }

    private Node relief(ReliefResult result) {
        VBox content = new VBox(6);
        if (ScreeningLabels.unverified(result)) {
            content.getChildren().add(badge("screenPanel.unverified", "amp-unverified"));
        }
        if (result.flags().contains(ReliefResult.FLAG_ATTORNEY_REVIEW)) {
            content.getChildren().add(badge("screenPanel.attorneyReview", "amp-attorney-review"));
        }
        for (ReliefResult.ElementResult element : result.elements()) {
            Label line = new Label(element.id() + ": " + labels.element(element.result())
                    + (element.reason() == null ? "" : " — " + element.reason())
                    + (element.citation() == null ? "" : " (" + element.citation() + ")"));
            line.setWrapText(true);
            line.getStyleClass().add("amp-element-" + element.result().name().toLowerCase(java.util.Locale.ROOT));
            content.getChildren().add(line);
        }
        content.getChildren().add(questions(result.missingFacts()));
        TitledPane pane = new TitledPane(labels.relief(result.relief()) + " — " + labels.outcome(result.outcome()),
                content);
        pane.setExpanded(result.outcome() != ReliefResult.ReliefOutcome.NOT_APPLICABLE);
        pane.getStyleClass().add("amp-relief");
        pane.setUserData(result.relief());
        return pane;
    }

    private Node questions(List<String> missing) {
        List<Question> questions = model.questions(missing);
        VBox box = new VBox(4);
        if (questions.isEmpty()) {
            return box;
        }
        Label heading = new Label(messages.get("screenPanel.missing"));
        heading.getStyleClass().add("title-4");
        box.getChildren().add(heading);
        for (Question question : questions) {
            Label text = new Label(question.text());
            text.setWrapText(true);
            Button answer = new Button(messages.get("screenPanel.answer"));
            answer.getStyleClass().add("amp-answer");
            answer.setUserData(question.path());
            answer.setOnAction(event -> model.answer(question));
            HBox row = new HBox(8, text, answer);
            box.getChildren().add(row);
        }
        return box;
    }

    private Label badge(String key, String style) {
        Label badge = new Label(messages.get(key));
        badge.getStyleClass().addAll("amp-badge", style);
        return badge;
    }
}

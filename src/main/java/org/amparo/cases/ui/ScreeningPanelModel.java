package org.amparo.cases.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.courthouse.CourthouseFacts;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.Cancellable;
import org.amparo.platform.task.TaskRunner;
import org.amparo.screening.FrameworkResult;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ScreeningDocument;
import org.amparo.screening.ScreeningEngine;

/**
 * The screening beside the facts: re-run off the FX thread (debounced) whenever the facts change, the framework in
 * force today first and the others on demand, each relief with its elements, and family members' derivative status.
 * Only the newest run's answer is shown.
 */
public final class ScreeningPanelModel {

    static final Duration DEBOUNCE = Duration.ofMillis(400);

    private final ScreeningEngine engine;
    private final CourthouseFacts courthouse;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<ScreeningDocument> document = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FrameworkResult> frameworks = FXCollections.observableArrayList();
    private final ObservableList<ReliefResult> relief = FXCollections.observableArrayList();
    private final ObservableList<FrameworkResult> readOnlyFrameworks =
            FXCollections.unmodifiableObservableList(frameworks);
    private final ObservableList<ReliefResult> readOnlyRelief = FXCollections.unmodifiableObservableList(relief);
    private final BooleanProperty showAllFrameworks = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Cancellable pending = () -> { };
    private long generation;

    ScreeningPanelModel(ScreeningEngine engine, CourthouseFacts courthouse, TaskRunner tasks, Messages messages,
                        Clock clock) {
        this.engine = engine;
        this.courthouse = courthouse;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        showAllFrameworks.addListener((obs, old, now) -> showFrameworks());
    }

    /** The facts changed: screen them again shortly (a burst of answers makes one run). */
    void request(ObjectNode tree) {
        pending.cancel();
        pending = tasks.after(DEBOUNCE, () -> runNow(tree));
    }

    /** Screens a copy of the facts now, off the FX thread. */
    void runNow(ObjectNode tree) {
        long mine = ++generation;
        ObjectNode copy = tree.deepCopy();
        LocalDate today = LocalDate.now(clock);
        status.set(messages.get("screenPanel.running"));
        tasks.run(BackgroundTask.of("", context -> {
            FactsDocument facts = FactsJson.mapper().treeToValue(copy, FactsDocument.class);
            return engine.screen(courthouse.withLocalData(facts), today, List.of());
        }).onSuccess(result -> {
            if (mine == generation) {
                show(result);
            }
        }).onFailure(Exception.class, e -> {
            if (mine == generation) {
                status.set(messages.get("screenPanel.failed"));
            }
        }));
    }

    private void show(ScreeningDocument result) {
        document.set(result);
        relief.setAll(result.relief());
        showFrameworks();
        status.set(messages.get("screenPanel.asOf", new FactDates(messages.locale()).format(result.asOf())));
    }

    private void showFrameworks() {
        ScreeningDocument result = document.get();
        if (result == null) {
            return;
        }
        List<FrameworkResult> ordered = new ArrayList<>(result.enforcement());
        ordered.sort(Comparator.comparing(r -> !r.inForceOnAsOf()));
        if (!showAllFrameworks.get() && !ordered.isEmpty() && ordered.get(0).inForceOnAsOf()) {
            ordered = List.of(ordered.get(0));
        }
        frameworks.setAll(ordered);
    }

    /** What the screening says about each family member (by ref): the relief she could follow to, in words. */
    public Map<String, String> derivatives() {
        Map<String, String> byMember = new LinkedHashMap<>();
        ScreeningDocument result = document.get();
        if (result == null) {
            return byMember;
        }
        ScreeningLabels labels = new ScreeningLabels(messages);
        FactDates dates = new FactDates(messages.locale());
        for (ReliefResult r : result.relief()) {
            for (ReliefResult.DerivativeResult d : r.derivatives()) {
                String line = d.fileBy() == null
                        ? messages.get("screenPanel.derivative", labels.relief(r.relief()), labels.outcome(d.outcome()))
                        : messages.get("screenPanel.derivativeBy", labels.relief(r.relief()), labels.outcome(d.outcome()),
                                dates.format(d.fileBy()));
                byMember.merge(d.member(), line, (a, b) -> a + "; " + b);
            }
        }
        return byMember;
    }

    void stop() {
        pending.cancel();
        generation++;
    }

    public ReadOnlyObjectProperty<ScreeningDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The framework in force today, then (when asked) the others. */
    public ObservableList<FrameworkResult> frameworks() {
        return readOnlyFrameworks;
    }

    public ObservableList<ReliefResult> relief() {
        return readOnlyRelief;
    }

    public BooleanProperty showAllFrameworksProperty() {
        return showAllFrameworks;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}

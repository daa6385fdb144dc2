package org.amparo.cases.ui;

import jakarta.inject.Inject;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.platform.i18n.Messages;
import org.amparo.screening.rescreen.CaseRef;
import org.amparo.screening.rescreen.FrameworkImpact;
import org.amparo.screening.rescreen.RescreenResult;
import org.amparo.screening.rescreen.Transition;

/**
 * The policy-change impact of the last re-screen: pick a framework (the framework in force first), read its outcome
 * transitions (from → to, how many), pick one to list its cases, and open a case from there.
 */
public final class PolicyImpactViewModel {

    private final RescreenViewModel rescreen;
    private final Messages messages;
    private final CaseOpener opener;

    private final ObservableList<String> frameworks = FXCollections.observableArrayList();
    private final ObjectProperty<String> framework = new SimpleObjectProperty<>();
    private final ObservableList<Transition> transitions = FXCollections.observableArrayList();
    private final ObjectProperty<Transition> transition = new SimpleObjectProperty<>();
    private final ObservableList<CaseRef> cases = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ChangeListener<RescreenResult> resultListener = (obs, old, now) -> show(now);

    @Inject
    public PolicyImpactViewModel(RescreenViewModel rescreen, Messages messages, CaseOpener opener) {
        this.rescreen = rescreen;
        this.messages = messages;
        this.opener = opener;
        framework.addListener((obs, old, now) -> showFramework(now));
        transition.addListener((obs, old, now) -> cases.setAll(now == null ? List.of() : now.cases()));
    }

    /** Follows the last re-screen (when the view is shown). */
    public void activate() {
        rescreen.lastResultProperty().addListener(resultListener);
        show(rescreen.lastResultProperty().get());
    }

    public void deactivate() {
        rescreen.lastResultProperty().removeListener(resultListener);
        show(null);
    }

    private void show(RescreenResult result) {
        framework.set(null);
        frameworks.clear();
        if (result == null) {
            summary.set(messages.get("policyChange.impact.none"));
            return;
        }
        summary.set(messages.get("policyChange.impact.summary", result.run().id(), result.run().asOf().toString(),
                result.casesScreened()));
        for (FrameworkImpact f : result.impact()) {
            frameworks.add(f.framework());
        }
        framework.set(frameworks.isEmpty() ? null : frameworks.get(0));
    }

    private void showFramework(String id) {
        transition.set(null);
        RescreenResult result = rescreen.lastResultProperty().get();
        FrameworkImpact impact = id == null || result == null ? null : result.impactOf(id).orElse(null);
        transitions.setAll(impact == null ? List.of() : impact.transitions());
        note.set(impact != null && impact.transitions().isEmpty() ? messages.get("policyChange.impact.nobodyMoved") : "");
        if (!transitions.isEmpty()) {
            transition.set(transitions.get(0));
        }
    }

    /** Opens the case in its window. */
    public void open(CaseRef ref) {
        if (ref != null) {
            opener.openCase(ref.caseId());
        }
    }

    /** Framework ids of the last run, {@link FrameworkImpact#IN_FORCE} first. */
    public ObservableList<String> frameworks() {
        return frameworks;
    }

    public ObjectProperty<String> frameworkProperty() {
        return framework;
    }

    public ObservableList<Transition> transitions() {
        return transitions;
    }

    public ObjectProperty<Transition> transitionProperty() {
        return transition;
    }

    /** The cases of the selected transition. */
    public ObservableList<CaseRef> cases() {
        return cases;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "Nobody moved", or why a case could not be opened. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}

package org.amparo.cases.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.amparo.cases.FactSection;

/**
 * One section of the case view: its form, the stored version it was read at, whether it has unsaved changes, and
 * what happened to its last save.
 */
public final class CaseSection {

    private final FactSection section;
    private final String rootPath;
    private final ObjectNode tree;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private FactForm form;
    private BooleanSupplier extraCheck = () -> true;
    private JsonNode baseline;
    private int version;

    CaseSection(FactSection section, ObjectNode tree, int version) {
        this.section = section;
        this.rootPath = rootPath(section);
        this.tree = tree;
        this.version = version;
        this.baseline = current();
    }

    /** Where the section lives in the facts document. */
    static String rootPath(FactSection section) {
        return switch (section) {
            case FAMILY -> "$.family_members";
            case COURT_EVENTS -> "$.court_events";
            case ICE_CHECKINS -> "$.ice_checkins";
            case SOURCES -> "$.facts_sources";
            default -> "$." + section.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    void attach(FactForm sectionForm) {
        this.form = sectionForm;
    }

    /** For a section edited without a {@link FactForm} (sources, extensions): whether its answers are valid. */
    void attachCheck(BooleanSupplier check) {
        this.extraCheck = check;
    }

    private JsonNode current() {
        return FactsTree.known(FactsTree.get(tree, rootPath));
    }

    /** Recomputes dirty and valid after an answer. */
    void changed() {
        dirty.set(!current().equals(baseline));
        valid.set(extraCheck.getAsBoolean() && (form == null || form.valid()));
        if (dirty.get()) {
            message.set("");
        }
    }

    void saving(boolean now) {
        saving.set(now);
    }

    /** The save went through: this is the new stored state and version. */
    void saved(int newVersion, String savedMessage) {
        version = newVersion;
        baseline = current();
        saving.set(false);
        changed();
        message.set(savedMessage);
    }

    void failed(String failure) {
        saving.set(false);
        message.set(failure);
    }

    public FactSection section() {
        return section;
    }

    public FactForm form() {
        return form;
    }

    int version() {
        return version;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

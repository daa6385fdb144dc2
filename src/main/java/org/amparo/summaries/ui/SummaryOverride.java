package org.amparo.summaries.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.platform.i18n.Messages;
import org.amparo.summaries.SummaryField;
import org.amparo.summaries.SummaryProfile;

/**
 * An attorney's "Include redacted fields…": which fields the profile redacts she prints anyway, and why (the reason
 * is printed in the summary; each field is audited when it is saved). Only an attorney can apply it; the service
 * refuses anyone else as well.
 */
public final class SummaryOverride {

    /** A field the chosen profile redacts, offered for inclusion. */
    public record FieldChoice(SummaryField field, BooleanProperty chosen) {
    }

    private final Messages messages;
    private final ReadOnlyBooleanWrapper attorney = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<FieldChoice> choices = FXCollections.observableArrayList();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private Map<SummaryField, String> applied = Map.of();

    SummaryOverride(Messages messages) {
        this.messages = messages;
    }

    void attorney(boolean isAttorney) {
        attorney.set(isAttorney);
        if (!isAttorney) {
            clear();
        }
    }

    /** Offers the fields {@code profile} redacts; included fields it now lists anyway are dropped. */
    void offerFor(SummaryProfile profile) {
        List<FieldChoice> redacted = java.util.Arrays.stream(SummaryField.values()).filter(f -> !profile.includes(f))
                .map(f -> new FieldChoice(f, new SimpleBooleanProperty(applied.containsKey(f)))).toList();
        choices.setAll(redacted);
        Map<SummaryField, String> kept = new EnumMap<>(SummaryField.class);
        applied.forEach((field, why) -> {
            if (!profile.includes(field)) {
                kept.put(field, why);
            }
        });
        set(kept.isEmpty() ? Map.of() : kept);
    }

    /** Before the dialog opens: the applied choice and reason (or none). */
    public void prepare() {
        choices.forEach(c -> c.chosen().set(applied.containsKey(c.field())));
        reason.set(applied.values().stream().findFirst().orElse(""));
        error.set("");
    }

    /**
     * Applies the chosen fields with the reason. False (with {@link #errorProperty()} set) when she is not an attorney,
     * chose no field, or gave no reason.
     */
    public boolean apply() {
        String why = reason.get() == null ? "" : reason.get().strip();
        List<SummaryField> chosen = choices.stream().filter(c -> c.chosen().get()).map(FieldChoice::field).toList();
        if (!attorney.get()) {
            error.set(messages.get("summary.ui.override.attorneyOnly"));
        } else if (chosen.isEmpty()) {
            error.set(messages.get("summary.ui.override.fieldsRequired"));
        } else if (why.isEmpty()) {
            error.set(messages.get("summary.ui.override.reasonRequired"));
        } else {
            Map<SummaryField, String> next = new EnumMap<>(SummaryField.class);
            chosen.forEach(field -> next.put(field, why));
            set(next);
            error.set("");
            return true;
        }
        return false;
    }

    /** Prints only what the profile allows again. */
    public void clear() {
        set(Map.of());
    }

    private void set(Map<SummaryField, String> overrides) {
        applied = Map.copyOf(overrides);
        if (applied.isEmpty()) {
            summary.set("");
            return;
        }
        String fields = String.join(", ", applied.keySet().stream().sorted().map(this::name).toList());
        summary.set(messages.get("summary.ui.override.chosen", fields, applied.values().iterator().next()));
    }

    /** The overrides for the next request (none unless an attorney applied them). */
    Map<SummaryField, String> overrides() {
        return attorney.get() ? applied : Map.of();
    }

    /** A field's name in the UI's language. */
    public String name(SummaryField field) {
        return messages.get(switch (field) {
            case NAME -> "summary.ui.field.name";
            case DATE_OF_BIRTH -> "summary.ui.field.dateOfBirth";
            case ALIASES -> "summary.ui.field.aliases";
            case LANGUAGES -> "summary.ui.field.languages";
            case A_NUMBER -> "summary.ui.field.aNumber";
            case ADDRESS -> "summary.ui.field.address";
            case PHONES -> "summary.ui.field.phones";
            case EMAILS -> "summary.ui.field.emails";
            case SAFE_CONTACT_NOTES -> "summary.ui.field.safeContactNotes";
            case CASE -> "summary.ui.field.case";
            case ENFORCEMENT -> "summary.ui.field.enforcement";
            case RELIEF_UNPROTECTED -> "summary.ui.field.reliefUnprotected";
            case RELIEF_PROTECTED -> "summary.ui.field.reliefProtected";
            case RELIEF_DETAIL -> "summary.ui.field.reliefDetail";
            case DERIVATIVES -> "summary.ui.field.derivatives";
            case DEADLINES_UNPROTECTED -> "summary.ui.field.deadlinesUnprotected";
            case DEADLINES_PROTECTED -> "summary.ui.field.deadlinesProtected";
            case COURT_DATES -> "summary.ui.field.courtDates";
            case RISK_FACTORS -> "summary.ui.field.riskFactors";
            case SAFETY_PLANS -> "summary.ui.field.safetyPlans";
            case ADVERSE_PARTIES -> "summary.ui.field.adverseParties";
            case NOTES -> "summary.ui.field.notes";
        });
    }

    /** Whether the signed-in user is an attorney (the control is enabled only then). */
    public ReadOnlyBooleanProperty attorneyProperty() {
        return attorney.getReadOnlyProperty();
    }

    public ObservableList<FieldChoice> choices() {
        return choices;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "Included beyond the profile: A-number. Reason: …", or empty. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}

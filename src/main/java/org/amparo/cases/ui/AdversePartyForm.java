package org.amparo.cases.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.cases.AdverseParty;
import org.amparo.cases.CaseService;
import org.amparo.cases.ConflictWarning;
import org.amparo.cases.PersonQuery;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;

/**
 * The case's adverse parties (abuser, trafficker…) and the form that adds one. Before a party is saved the
 * conflict check runs; when someone matches, the advocate sees who and chooses Continue or Go back.
 */
public final class AdversePartyForm {

    private final CaseService cases;
    private final ConflictWarning conflicts;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final FactDates dates;
    private final ObservableList<AdverseParty> parties = FXCollections.observableArrayList();
    private final ObjectProperty<AdverseParty.Role> role = new SimpleObjectProperty<>(AdverseParty.Role.ABUSER);
    private final StringProperty givenName = new SimpleStringProperty("");
    private final StringProperty familyName = new SimpleStringProperty("");
    private final StringProperty aliases = new SimpleStringProperty("");
    private final StringProperty dob = new SimpleStringProperty("");
    private final StringProperty relationship = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private long caseId;

    AdversePartyForm(CaseService cases, ConflictWarning conflicts, TaskRunner tasks, DialogService dialogs,
                     Messages messages, Clock clock) {
        this.cases = cases;
        this.conflicts = conflicts;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.dates = new FactDates(messages.locale());
    }

    void show(long forCase, List<AdverseParty> stored) {
        this.caseId = forCase;
        parties.setAll(stored);
    }

    /** What is wrong with the form, or empty when it may be saved. */
    Optional<String> problem() {
        if (givenName.get().isBlank() && familyName.get().isBlank()) {
            return Optional.of(messages.get("adverseParty.error.name"));
        }
        if (!dob.get().isBlank()) {
            Optional<LocalDate> date = dates.parse(dob.get());
            if (date.isEmpty() || date.get().isAfter(LocalDate.now(clock))) {
                return Optional.of(messages.get("factEdit.error.bornInFuture"));
            }
        }
        return Optional.empty();
    }

    /** Checks for conflicts off the FX thread, asks when someone matches, then saves. */
    public void save() {
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            message.set(problem.get());
            return;
        }
        AdverseParty party = new AdverseParty(null, caseId, role.get(), blankToNull(givenName.get()),
                blankToNull(familyName.get()), FactRules.tokens(aliases.get()), dates.parse(dob.get()).orElse(null),
                blankToNull(relationship.get()), 0);
        PersonQuery who = new PersonQuery(party.givenName(), party.familyName(), party.aliases(), party.dob());
        tasks.run(BackgroundTask.of("", context -> conflicts.check(who))
                .onSuccess(lines -> {
                    if (lines.isEmpty() || conflicts.confirm(dialogs, lines)) {
                        store(party);
                    } else {
                        message.set(messages.get("adverseParty.notSaved"));
                    }
                })
                .onFailure(Exception.class, e -> message.set(messages.get("adverseParty.saveFailed"))));
    }

    private void store(AdverseParty party) {
        tasks.run(BackgroundTask.of(messages.get("adverseParty.saving"), context -> cases.saveAdverseParty(party))
                .onSuccess(saved -> {
                    parties.add(saved);
                    clear();
                    message.set(messages.get("adverseParty.saved"));
                })
                .onFailure(Exception.class, e -> message.set(messages.get("adverseParty.saveFailed"))));
    }

    private void clear() {
        givenName.set("");
        familyName.set("");
        aliases.set("");
        dob.set("");
        relationship.set("");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A party in one line: name, role and relationship. */
    public String describe(AdverseParty party) {
        String name = String.join(" ", java.util.stream.Stream.of(party.givenName(), party.familyName())
                .filter(n -> n != null && !n.isBlank()).toList());
        return party.relationship() == null ? messages.get("adverseParty.line", name, conflicts.role(party.role()))
                : messages.get("adverseParty.lineWith", name, conflicts.role(party.role()), party.relationship());
    }

    public String roleLabel(AdverseParty.Role value) {
        return conflicts.role(value);
    }

    public ObservableList<AdverseParty> parties() {
        return parties;
    }

    public ObjectProperty<AdverseParty.Role> roleProperty() {
        return role;
    }

    public StringProperty givenNameProperty() {
        return givenName;
    }

    public StringProperty familyNameProperty() {
        return familyName;
    }

    public StringProperty aliasesProperty() {
        return aliases;
    }

    public StringProperty dobProperty() {
        return dob;
    }

    public StringProperty relationshipProperty() {
        return relationship;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

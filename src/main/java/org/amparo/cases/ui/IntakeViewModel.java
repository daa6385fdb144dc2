package org.amparo.cases.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.assistedinject.Assisted;
import com.google.inject.assistedinject.AssistedInject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseService;
import org.amparo.cases.FactSection;
import org.amparo.cases.FactsSnapshot;
import org.amparo.cases.IntakeDraft;
import org.amparo.clients.Client;
import org.amparo.clients.ClientService;
import org.amparo.clients.ClientSummary;
import org.amparo.clients.StaleEditException;
import org.amparo.facts.FactsJson;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.Cancellable;
import org.amparo.platform.task.TaskRunner;

/**
 * The intake interview: one group of plain-language questions per step, in the order a conversation goes, with
 * Back and Next. Every answer saves the draft (so nothing is lost on a crash or close) and a reopened intake
 * resumes at the saved step. The draft keeps the versions of her facts its answers were based on: when someone
 * changed them since, finishing is refused (nothing is stored) and "Reload" takes the stored parts that changed.
 * Finishing stores everything in one transaction, opens the case and shows the case view.
 */
public final class IntakeViewModel {

    static final Duration DRAFT_DELAY = Duration.ofMillis(300);
    private static final IntakeStep[] STEPS = IntakeStep.values();

    /** Makes the interview of one case. */
    public interface Factory {
        IntakeViewModel create(long caseId);
    }

    /** What the interview started from: the case, her client record and her stored facts. */
    private record Start(CaseInfo info, Client client, FactsSnapshot facts, Optional<IntakeDraft> draft) { }

    private final CaseService cases;
    private final ClientService clients;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final long caseId;
    private final FactCatalogue catalogue = FactCatalogue.standard();
    private final FactDates dates;
    private final ReadOnlyObjectWrapper<FactForm> form = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<IntakeStep> step = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper draftStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper first = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper last = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(false);
    private Start start;
    private Map<FactSection, Integer> base = Map.of();
    private ObjectNode tree;
    private Cancellable pendingDraft = () -> { };
    private LongConsumer onFinished = id -> { };
    private Runnable closer = () -> { };

    @AssistedInject
    public IntakeViewModel(CaseService cases, ClientService clients, TaskRunner tasks, Messages messages,
                           Clock clock, @Assisted long caseId) {
        this.cases = cases;
        this.clients = clients;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.caseId = caseId;
        this.dates = new FactDates(messages.locale());
    }

    /** Reads the case, her facts and any draft off the FX thread, then shows the saved step (or the first). */
    public void load() {
        tasks.run(BackgroundTask.of("", context -> read(draft()))
                .onSuccess(this::begin)
                .onFailure(Exception.class, e -> message.set(messages.get("caseView.loadFailed"))));
    }

    private Start read(Optional<IntakeDraft> draft) {
        CaseInfo info = cases.findCase(caseId).orElseThrow();
        Client client = clients.find(info.clientId()).orElseThrow();
        return new Start(info, client, cases.facts(info.clientId()), draft);
    }

    /** The stored versions of what the intake writes: the sections and her record ({@code PERSON}). */
    private static Map<FactSection, Integer> versionsOf(Start loaded) {
        Map<FactSection, Integer> versions = new EnumMap<>(FactSection.class);
        CaseViewModel.SECTIONS.forEach(s -> versions.put(s, loaded.facts().version(s)));
        versions.put(FactSection.PERSON, loaded.client().version());
        return versions;
    }

    /** The saved draft, if any (none while the store does not keep drafts yet). */
    private Optional<IntakeDraft> draft() {
        try {
            return cases.intakeDraft(caseId);
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private void begin(Start loaded) {
        start = loaded;
        var person = loaded.client().person();
        heading.set(messages.get("intake.heading", ClientSummary.displayName(person.givenName(),
                person.familyName(), person.preferredName())));
        IntakeStep resumeAt = IntakeStep.ABOUT_HER;
        tree = FactsJson.mapper().valueToTree(loaded.facts().facts());
        base = versionsOf(loaded);
        if (loaded.draft().isPresent()) {
            try {
                tree = (ObjectNode) FactsJson.mapper().readTree(loaded.draft().get().factsJson());
                resumeAt = IntakeStep.valueOf(loaded.draft().get().step());
                resumeFrom(loaded.draft().get().baseVersions());
            } catch (Exception e) {
                message.set(messages.get("intake.draftFailed"));
            }
        }
        busy.set(false);
        show(resumeAt);
    }

    /** A resumed draft keeps the versions it was based on; if her facts changed since, says so at once. */
    private void resumeFrom(Map<FactSection, Integer> draftBase) {
        if (draftBase.isEmpty()) {
            return;
        }
        Map<FactSection, Integer> current = base;
        base = new EnumMap<>(current);
        base.putAll(draftBase);
        if (!IntakeReload.changedSince(base, current).isEmpty()) {
            stale.set(true);
            message.set(messages.get("intake.staleDraft"));
        }
    }

    private void show(IntakeStep shown) {
        step.set(shown);
        first.set(shown.ordinal() == 0);
        last.set(shown.ordinal() == STEPS.length - 1);
        progress.set(messages.get("intake.progress", shown.ordinal() + 1, STEPS.length));
        form.set(new FactForm(tree, catalogue.stepFields(shown), field -> field.step() == shown, catalogue,
                messages, dates, () -> LocalDate.now(clock), this::answered));
    }

    private void answered() {
        message.set("");
        pendingDraft.cancel();
        pendingDraft = tasks.after(DRAFT_DELAY, this::saveDraft);
    }

    /** Saves the answers so far and the step, off the FX thread. */
    void saveDraft() {
        pendingDraft.cancel();
        String json = tree.toString();
        Instant now = clock.instant();
        IntakeDraft draft = new IntakeDraft(caseId, step.get().name(), json, now, base);
        tasks.run(BackgroundTask.ofRunnable("", () -> cases.saveIntakeDraft(draft))
                .onSuccess(ignored -> draftStatus.set(messages.get("intake.draftSaved",
                        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale())
                                .format(now.atZone(ZoneId.systemDefault())))))
                .onFailure(Exception.class, e -> draftStatus.set(messages.get("intake.draftFailed"))));
    }

    /** The next step, when this one's answers are valid (unanswered questions are fine). */
    public void next() {
        if (busy.get() || last.get()) {
            return;
        }
        if (!form.get().valid()) {
            message.set(messages.get("intake.invalid"));
            return;
        }
        show(STEPS[step.get().ordinal() + 1]);
        saveDraft();
    }

    public void back() {
        if (busy.get() || first.get()) {
            return;
        }
        show(STEPS[step.get().ordinal() - 1]);
        saveDraft();
    }

    /** Saves every section she answered and her contact facts, opens the case, clears the draft. */
    public void finish() {
        if (busy.get()) {
            return;
        }
        if (!form.get().valid()) {
            message.set(messages.get("intake.invalid"));
            return;
        }
        saveDraft();
        busy.set(true);
        IntakeCommit commit = new IntakeCommit(start.info(), start.client(), start.facts(), base, tree.deepCopy());
        tasks.run(BackgroundTask.of(messages.get("intake.saving"), context -> cases.finishIntake(commit.plan()))
                .onSuccess(opened -> {
                    busy.set(false);
                    closer.run();
                    onFinished.accept(opened.id());
                })
                .onFailure(StaleEditException.class, e -> {
                    stale.set(true);
                    failed(messages.get("intake.stale") + " " + messages.get("intake.reloadHint"));
                })
                .onFailure(Exception.class, e -> failed(messages.get("intake.finishFailed"))));
    }

    /**
     * Reads her stored facts again and takes, for each part someone changed since the answers were based on it,
     * the stored answers (her other answers stay); then the intake can be finished. Saves the draft.
     */
    public void reload() {
        if (busy.get() || start == null) {
            return;
        }
        busy.set(true);
        tasks.run(BackgroundTask.of("", context -> read(Optional.empty()))
                .onSuccess(this::reloaded)
                .onFailure(Exception.class, e -> failed(messages.get("caseView.loadFailed"))));
    }

    private void reloaded(Start fresh) {
        Map<FactSection, Integer> current = versionsOf(fresh);
        IntakeReload.take(tree, FactsJson.mapper().valueToTree(fresh.facts().facts()),
                IntakeReload.changedSince(base, current));
        start = fresh;
        base = current;
        stale.set(false);
        busy.set(false);
        show(step.get());
        message.set(messages.get("intake.reloaded"));
        saveDraft();
    }

    private void failed(String text) {
        busy.set(false);
        message.set(text);
    }

    /** Wiring from the window: what to do once the intake is finished, and how to close. */
    public void setCallbacks(LongConsumer finished, Runnable close) {
        this.onFinished = finished;
        this.closer = close;
    }

    /** The intake window closes: the draft is saved at once so nothing typed is lost. */
    public void closing() {
        if (tree != null && !busy.get()) {
            saveDraft();
        }
    }

    public ReadOnlyObjectProperty<FactForm> formProperty() {
        return form.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IntakeStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty draftStatusProperty() {
        return draftStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty firstProperty() {
        return first.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lastProperty() {
        return last.getReadOnlyProperty();
    }

    /** True when her stored facts changed since the answers were based on them: "Reload" is offered. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}

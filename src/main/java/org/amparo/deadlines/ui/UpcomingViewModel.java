package org.amparo.deadlines.ui;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.deadlines.agenda.AgendaItem;
import org.amparo.deadlines.agenda.AgendaService;
import org.amparo.deadlines.agenda.UpcomingAgenda;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;
import org.amparo.screening.CourthouseRisk.Level;
import org.amparo.security.OncePerUnlock;
import org.amparo.security.VaultKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The home screen's "next 30 days": events and deadlines from stored screening results (nothing is re-screened;
 * cases never screened are counted), riskiest first; and, the first time it is shown after each unlock, a reminder
 * of the court dates and check-ins in the next 7 days, HIGH and SEVERE first.
 */
public final class UpcomingViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(UpcomingViewModel.class);

    static final int DAYS = 30;
    static final int REMINDER_DAYS = 7;
    static final int REMINDER_LINES = 6;

    /**
     * Whether the reminder was already shown since the vault was last unlocked: once per unlock, so it comes back
     * after locking and unlocking again, but not each time the home screen is shown.
     */
    @Singleton
    public static final class ReminderShown {
        private final OncePerUnlock once;

        @Inject
        public ReminderShown(VaultKeys keys) {
            this(keys::session);
        }

        /** @param session a number that changes each time the vault is opened */
        public ReminderShown(LongSupplier session) {
            this.once = new OncePerUnlock(session);
        }

        boolean firstTime() {
            return once.firstTime();
        }
    }

    private final AgendaService agenda;
    private final TaskRunner tasks;
    private final AgendaText text;
    private final Messages messages;
    private final ReminderShown reminderShown;
    private final Supplier<LocalDate> today;

    private final ObservableList<AgendaItem> items = FXCollections.observableArrayList();
    private final ObservableList<AgendaItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyStringWrapper reminder = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reminderVisible = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private long generation;

    @Inject
    public UpcomingViewModel(AgendaService agenda, TaskRunner tasks, Messages messages, ReminderShown reminderShown) {
        this(agenda, tasks, messages, reminderShown, LocalDate::now);
    }

    public UpcomingViewModel(AgendaService agenda, TaskRunner tasks, Messages messages, ReminderShown reminderShown,
                             Supplier<LocalDate> today) {
        this.agenda = agenda;
        this.tasks = tasks;
        this.messages = messages;
        this.text = new AgendaText(messages);
        this.reminderShown = reminderShown;
        this.today = today;
    }

    public void activate() {
        long mine = ++generation;
        LocalDate now = today.get();
        status.set(messages.get("upcoming.loading"));
        tasks.run(BackgroundTask.of("", context -> agenda.upcoming(now, DAYS))
                .onSuccess(found -> shown(mine, now, found))
                .onFailure(Exception.class, e -> {
                    LOG.warn("Next 30 days could not be listed", e);
                    if (mine == generation) {
                        status.set(messages.get("upcoming.failed"));
                    }
                }));
    }

    public void deactivate() {
        generation++;
        items.clear();
    }

    private void shown(long mine, LocalDate now, UpcomingAgenda upcoming) {
        if (mine != generation) {
            return;
        }
        List<AgendaItem> found = upcoming.items();
        items.setAll(found.stream().sorted(AgendaService.RISKIEST_FIRST).toList());
        String count = found.isEmpty() ? messages.get("upcoming.none") : messages.get("upcoming.count", found.size());
        status.set(count + unscreened(upcoming));
        List<AgendaItem> soon = items.stream().filter(AgendaItem::isEvent)
                .filter(i -> !i.date().isAfter(now.plusDays(REMINDER_DAYS))).toList();
        if (!soon.isEmpty() && reminderShown.firstTime()) {
            reminder.set(reminderText(soon));
            reminderVisible.set(true);
        }
    }

    private String unscreened(UpcomingAgenda upcoming) {
        StringBuilder out = new StringBuilder();
        if (upcoming.notScreened() > 0) {
            out.append(' ').append(messages.get("upcoming.notScreened", upcoming.notScreened()));
        }
        if (upcoming.outdated() > 0) {
            out.append(' ').append(messages.get("upcoming.outdated", upcoming.outdated()));
        }
        return out.isEmpty() ? "" : out.append(' ').append(messages.get("upcoming.rescreenHint")).toString();
    }

    private String reminderText(List<AgendaItem> soon) {
        long serious = soon.stream().filter(i -> i.level() == Level.HIGH || i.level() == Level.SEVERE).count();
        StringBuilder out = new StringBuilder(messages.get("upcoming.reminder", soon.size(), serious));
        soon.stream().limit(REMINDER_LINES).forEach(i -> out.append('\n').append(i.date()).append("  ")
                .append(text.titleWithLevel(i)));
        if (soon.size() > REMINDER_LINES) {
            out.append('\n').append(messages.get("upcoming.more", soon.size() - REMINDER_LINES));
        }
        return out.toString();
    }

    public void dismissReminder() {
        reminderVisible.set(false);
    }

    public AgendaText text() {
        return text;
    }

    public LocalDate today() {
        return today.get();
    }

    public ObservableList<AgendaItem> items() {
        return readOnlyItems;
    }

    public ReadOnlyStringProperty reminderProperty() {
        return reminder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reminderVisibleProperty() {
        return reminderVisible.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}

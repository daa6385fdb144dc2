package org.amparo.security.ui;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.Cancellable;
import org.amparo.platform.task.TaskRunner;
import org.amparo.security.AccessControl;
import org.amparo.security.AccessDeniedException;
import org.amparo.security.Action;
import org.amparo.security.BreakGlass;
import org.amparo.security.DataKind;
import org.amparo.security.H2VaultService;
import org.amparo.security.Role;

/**
 * An administrator's break-glass in the main window: whether client pages show or the break-glass notice, the
 * dialog's reason and length, and while it lasts the banner's countdown. Access is decided by the services
 * ({@link AccessControl}, {@link BreakGlass}); this only follows it. When the time runs out or she ends it, the
 * {@link #activeProperty() active} flag drops at once (the shell closes client views on that) and the end is recorded.
 */
public final class BreakGlassViewModel {

    /** What the signed-in user's client pages show. */
    public enum ClientAccess {
        /** Not known yet (checked in the background). */
        UNKNOWN,
        /** Her role (or a break-glass in force) lets her read client data. */
        ALLOWED,
        /** An administrator without client-data rights: the break-glass notice. */
        BREAK_GLASS_NEEDED,
        /** Neither (an account with no client role): a plain refusal. */
        DENIED,
        /** The recovery-code session: it sets passwords and never opens client data (break-glass refuses it too). */
        RECOVERY_SESSION
    }

    /** Lengths offered in the dialog, in minutes (the service allows one minute to two hours). */
    public static final List<Integer> LENGTHS = List.of(15, 30, 60, 120);

    private final BreakGlass glass;
    private final AccessControl access;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<ClientAccess> clientAccess = new ReadOnlyObjectWrapper<>(ClientAccess.UNKNOWN);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper bannerText = new ReadOnlyStringWrapper("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final IntegerProperty minutes = new SimpleIntegerProperty((int) BreakGlass.DEFAULT_LENGTH.toMinutes());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Instant until;
    private Cancellable countdown;

    @Inject
    public BreakGlassViewModel(BreakGlass glass, AccessControl access, TaskRunner tasks, DialogService dialogs,
            Messages messages) {
        this(glass, access, tasks, dialogs, messages, Clock.systemUTC());
    }

    BreakGlassViewModel(BreakGlass glass, AccessControl access, TaskRunner tasks, DialogService dialogs,
            Messages messages, Clock clock) {
        this.glass = glass;
        this.access = access;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
    }

    private record Status(ClientAccess access, Optional<Instant> until) {
    }

    /** Checks (in the background) what the signed-in user may see, then calls {@code then} on the UI thread. */
    public void refresh(Runnable then) {
        tasks.run(BackgroundTask.of("", context -> status()).onSuccess(status -> {
            apply(status);
            then.run();
        }).onFailure(Exception.class, e -> {
            apply(new Status(ClientAccess.DENIED, Optional.empty()));
            then.run();
        }));
    }

    private Status status() {
        Optional<Instant> end = glass.activeUntil();
        if (access.can(Action.READ, DataKind.CLIENT_IDENTITY)) {
            return new Status(ClientAccess.ALLOWED, end);
        }
        if (H2VaultService.RECOVERY_USER.equals(access.current().name())) {
            return new Status(ClientAccess.RECOVERY_SESSION, Optional.empty());
        }
        boolean admin = access.current().has(Role.ADMINISTRATOR);
        return new Status(admin ? ClientAccess.BREAK_GLASS_NEEDED : ClientAccess.DENIED, Optional.empty());
    }

    private void apply(Status status) {
        clientAccess.set(status.access());
        until = status.until().orElse(null);
        if (until != null) {
            startCountdown();
        } else {
            stopCountdown();
            active.set(false);
        }
    }

    /** A new dialog: empty reason, default length, no error. */
    public void prepareDialog() {
        reason.set("");
        minutes.set((int) BreakGlass.DEFAULT_LENGTH.toMinutes());
        error.set("");
    }

    /**
     * Starts break-glass with the dialog's reason and length. Returns false (with {@link #errorProperty()} set)
     * when the reason is too short; otherwise asks the service in the background and returns true (the dialog
     * closes; a refusal by the service is shown as an error).
     */
    public boolean begin() {
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.length() < BreakGlass.MIN_REASON_LENGTH) {
            error.set(messages.get("breakglass.reasonTooShort", BreakGlass.MIN_REASON_LENGTH));
            return false;
        }
        error.set("");
        Duration length = Duration.ofMinutes(minutes.get());
        tasks.run(BackgroundTask.ofRunnable("", () -> glass.begin(why, length))
                .onSuccess(ignored -> refresh(() -> { }))
                .onFailure(AccessDeniedException.class, e -> dialogs.error(messages.get("breakglass.refused")))
                .onFailure(IllegalArgumentException.class, e -> dialogs.error(e.getMessage())));
        return true;
    }

    /** "End now": access is withdrawn at once; the service records the end. */
    public void endNow() {
        withdraw();
    }

    /** Once a second while active: the countdown, and the end when the time is up. */
    void tick() {
        if (until == null) {
            return;
        }
        Duration left = Duration.between(clock.instant(), until);
        if (left.isNegative() || left.isZero()) {
            withdraw();
        } else {
            bannerText.set(messages.get("breakglass.banner", countdown(left)));
        }
    }

    /** The main window is closing (lock, sign-out): stop the countdown; the lock itself ends break-glass. */
    public void deactivate() {
        stopCountdown();
        until = null;
        active.set(false);
    }

    private void withdraw() {
        boolean wasActive = until != null;
        stopCountdown();
        until = null;
        if (wasActive) {
            clientAccess.set(ClientAccess.BREAK_GLASS_NEEDED);
            active.set(false);
            tasks.run(BackgroundTask.ofRunnable("", glass::end).onFailure(Exception.class, e -> { }));
        }
    }

    private void startCountdown() {
        active.set(true);
        if (countdown == null) {
            countdown = tasks.every(Duration.ofSeconds(1), this::tick);
        }
        tick();
    }

    private void stopCountdown() {
        if (countdown != null) {
            countdown.cancel();
            countdown = null;
        }
    }

    /** "mm:ss", rounded up to the next second (never shows 00:00 while access lasts). */
    static String countdown(Duration left) {
        long seconds = (left.toMillis() + 999) / 1000;
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    /** The dialog's note on the time limit. */
    public String limitText() {
        return messages.get("breakglass.dialog.limit", BreakGlass.MAX_LENGTH.toMinutes());
    }

    public ReadOnlyObjectProperty<ClientAccess> clientAccessProperty() {
        return clientAccess.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerTextProperty() {
        return bannerText.getReadOnlyProperty();
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public IntegerProperty minutesProperty() {
        return minutes;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}

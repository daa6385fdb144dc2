package org.amparo.retention.ui;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.function.LongSupplier;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;
import org.amparo.retention.RetentionService;
import org.amparo.security.AccessDeniedException;
import org.amparo.security.OncePerUnlock;
import org.amparo.security.VaultKeys;

/**
 * The scheduled purge, run once after sign-in: when a program's schedule is on and some of its closed cases came
 * due, the signed-in user (if she may purge) is shown the list and asked. Never silent: deleting a survivor's file
 * without a person looking is not undoable (a hearing may have been set after closing), and the backups keep it
 * anyway, so silence would buy nothing. "Not now" asks again at the next sign-in (not when the window is only
 * rebuilt, e.g. for a new language).
 */
@Singleton
public final class ScheduledPurgePrompt {

    private final RetentionService service;
    private final TaskRunner tasks;
    private final DuePurge duePurge;
    private final DialogService dialogs;
    private final Messages messages;
    private final OncePerUnlock oncePerSignIn;

    @Inject
    public ScheduledPurgePrompt(RetentionService service, TaskRunner tasks, DuePurge duePurge, DialogService dialogs,
                                Messages messages, VaultKeys keys) {
        this(service, tasks, duePurge, dialogs, messages, keys::session);
    }

    /** @param session a number that changes each time the vault is opened */
    public ScheduledPurgePrompt(RetentionService service, TaskRunner tasks, DuePurge duePurge, DialogService dialogs,
                                Messages messages, LongSupplier session) {
        this.oncePerSignIn = new OncePerUnlock(session);
        this.service = service;
        this.tasks = tasks;
        this.duePurge = duePurge;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Looks for scheduled cases due today in the background, once per sign-in; asks only when there are some. */
    public void offer() {
        if (!oncePerSignIn.firstTime()) {
            return;
        }
        tasks.run(BackgroundTask.of("", context -> service.scheduledDue(LocalDate.now()))
                .onSuccess(due -> {
                    if (!due.isEmpty()) {
                        duePurge.offer(due, messages.get("retention.reason.schedule"), dialogs::info);
                    }
                })
                .onFailure(AccessDeniedException.class, e -> {
                }));
    }
}

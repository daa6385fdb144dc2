package org.amparo.retention.ui;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;
import org.amparo.retention.PurgeCandidate;
import org.amparo.retention.PurgeException;
import org.amparo.retention.PurgeKind;
import org.amparo.retention.PurgeReport;
import org.amparo.retention.RetentionService;
import org.amparo.security.AccessDeniedException;

/**
 * Purging cases that came due: asks first, naming every case number and what goes from each, with the backup
 * caveat; nothing is purged without that yes. Then one purge per kind (each with its backup first), in the background.
 */
public final class DuePurge {

    private final RetentionService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final RetentionTexts texts;

    @Inject
    public DuePurge(RetentionService service, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.texts = new RetentionTexts(messages);
    }

    /** Asks about {@code due}; on yes purges them and calls {@code done} with what happened (or why not). */
    public void offer(List<PurgeCandidate> due, String reason, Consumer<String> done) {
        Map<PurgeKind, List<PurgeCandidate>> byKind = new EnumMap<>(PurgeKind.class);
        due.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c));
        StringBuilder question = new StringBuilder(messages.get("retention.due.question", due.size()));
        byKind.forEach((kind, cases) -> question.append("\n").append(texts.kind(kind)).append(": ")
                .append(texts.numbers(cases)));
        question.append("\n\n").append(texts.caveatBefore());
        if (!dialogs.confirm(messages.get("retention.due.title"), question.toString(),
                messages.get("retention.due.confirm"), messages.get("retention.due.cancel"))) {
            done.accept(messages.get("retention.due.declined"));
            return;
        }
        tasks.run(BackgroundTask.of(messages.get("retention.purging"), context -> {
            List<PurgeReport> reports = new ArrayList<>();
            for (Map.Entry<PurgeKind, List<PurgeCandidate>> batch : byKind.entrySet()) {
                reports.add(service.purge(batch.getValue().stream().map(PurgeCandidate::caseId).toList(),
                        batch.getKey(), reason, false));
            }
            return reports;
        }).onSuccess(reports -> done.accept(String.join(" ", reports.stream().map(texts::done).toList())))
                .onFailure(PurgeException.class, e -> failed(done, e.getMessage()))
                .onFailure(AccessDeniedException.class, e -> failed(done, e.getMessage())));
    }

    private void failed(Consumer<String> done, String message) {
        dialogs.error(message);
        done.accept(message);
    }
}

package org.amparo.platform.task;

/** What a piece of background work may tell its runner: progress, a short message, and whether to stop early. */
public interface TaskContext {

    /** Reports {@code done} of {@code total} units; a negative total means "indeterminate". */
    void updateProgress(long done, long total);

    void updateMessage(String message);

    boolean isCancelled();
}

package org.amparo.platform.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncTaskRunnerTest {

    private final List<String> seen = new ArrayList<>();

    @Test
    void successGoesToTheSuccessHandlerWithProgress() {
        TaskHandle handle = SyncTaskRunner.immediate().run(BackgroundTask.of("Counting", context -> {
            context.updateProgress(1, 4);
            return 42;
        }).onSuccess(result -> seen.add("ok " + result)));
        assertThat(seen).containsExactly("ok 42");
        assertThat(handle.progressProperty().get()).isEqualTo(0.25);
        assertThat(handle.doneProperty().get()).isTrue();
    }

    @Test
    void failureGoesToTheFirstMatchingTypedHandler() {
        SyncTaskRunner.immediate().run(BackgroundTask.ofRunnable("Failing", () -> {
            throw new IOException("disk");
        }).onFailure(IllegalStateException.class, e -> seen.add("state"))
                .onFailure(IOException.class, e -> seen.add("io " + e.getMessage()))
                .onFailure(Exception.class, e -> seen.add("any")));
        assertThat(seen).containsExactly("io disk");
    }

    @Test
    void aCancelledTaskCallsNoHandler() {
        SyncTaskRunner tasks = SyncTaskRunner.held();
        TaskHandle handle = tasks.run(BackgroundTask.of("Held", context -> 1).onSuccess(r -> seen.add("ok")));
        handle.cancel();
        tasks.runAllHeld();
        assertThat(seen).isEmpty();
    }
}

package org.amparo.security;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's {@link VaultSessionListener}: the session's audit entries first, then every bound {@link VaultOpenTask}.
 * The tasks come through a provider, so features that themselves need the vault can register one without a cycle.
 */
@Singleton
final class SessionListeners implements VaultSessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(SessionListeners.class);

    private final AuditSessionRecorder recorder;
    private final Provider<Set<VaultOpenTask>> tasks;

    @Inject
    SessionListeners(AuditSessionRecorder recorder, Provider<Set<VaultOpenTask>> tasks) {
        this.recorder = recorder;
        this.tasks = tasks;
    }

    @Override
    public void opened(String user, int failedAttemptsBefore) {
        recorder.opened(user, failedAttemptsBefore);
        for (VaultOpenTask task : tasks.get()) {
            try {
                task.vaultOpened(user);
            } catch (RuntimeException e) {
                LOG.warn("A task run when the vault opens failed ({}); it runs again next time", task.getClass()
                        .getSimpleName(), e);
            }
        }
    }

    @Override
    public void closing(String user, LockReason reason) {
        recorder.closing(user, reason);
    }
}

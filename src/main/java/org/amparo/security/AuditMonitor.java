package org.amparo.security;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.amparo.security.AuditVerification.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit chain's health for the open session: after each unlock a background check walks the chain for up to
 * {@link #BACKGROUND_BUDGET}; an administrator can finish it (or check again) on demand, and sees a warning when the
 * chain is broken. Reading the log and checking it require {@code READ} on {@code AUDIT_LOG}.
 */
@Singleton
public final class AuditMonitor {

    static final Duration BACKGROUND_BUDGET = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(AuditMonitor.class);

    private final AuditVerifier verifier;
    private final AuditStore store;
    private final AuditLog audit;
    private final AccessControl access;
    private final Optional<TrustedAuditAnchor> trusted;
    private volatile CompletableFuture<AuditVerification> backgroundCheck;
    private volatile AuditVerification latest;

    @Inject
    public AuditMonitor(AuditVerifier verifier, AuditStore store, AuditLog audit, AccessControl access,
            Optional<TrustedAuditAnchor> trusted) {
        this.verifier = verifier;
        this.store = store;
        this.audit = audit;
        this.access = access;
        this.trusted = trusted;
    }

    /** Starts the time-boxed check on a background thread (called when the vault opens). */
    void startBackgroundCheck() {
        CompletableFuture<AuditVerification> check = new CompletableFuture<>();
        backgroundCheck = check;
        Thread thread = new Thread(() -> runBackgroundCheck(check), "amparo-audit-check");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void runBackgroundCheck(CompletableFuture<AuditVerification> check) {
        try {
            AuditVerification result = verifier.verify(AuditAnchor.EMPTY, anchor(), BACKGROUND_BUDGET);
            if (backgroundCheck == check) {
                latest = result;
                logOutcome(result);
            }
            check.complete(result);
        } catch (RuntimeException e) {
            LOG.debug("Audit check stopped ({})", e.getClass().getSimpleName());
            check.completeExceptionally(e);
        }
    }

    /** Forgets this session's results (called when the vault locks). */
    void forget() {
        CompletableFuture<AuditVerification> check = backgroundCheck;
        backgroundCheck = null;
        latest = null;
        if (check != null) {
            check.cancel(false);
        }
    }

    /**
     * Waits up to {@code timeout} for the check started at unlock; empty at once if none was started in this session,
     * and empty if it has not finished in time or failed.
     */
    public Optional<AuditVerification> awaitBackgroundCheck(Duration timeout) throws InterruptedException {
        CompletableFuture<AuditVerification> check = backgroundCheck;
        if (check == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(check.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException | TimeoutException | java.util.concurrent.CancellationException e) {
            return Optional.empty();
        }
    }

    /** The newest result of this session, if a check has finished. */
    public Optional<AuditVerification> latest() {
        return Optional.ofNullable(latest);
    }

    /** Whether the signed-in user may read and check the audit log (administrators). */
    public boolean mayReview() {
        try {
            return access.can(Action.READ, DataKind.AUDIT_LOG);
        } catch (IllegalStateException locked) {
            return false;
        }
    }

    /** Whether the signed-in user should be warned: she may review the log and a check found it broken. */
    public boolean alertForCurrentUser() {
        return mayReview() && latest().map(AuditVerification::tampered).orElse(false);
    }

    /**
     * Checks the chain to its end: goes on from where an unfinished check stopped, or starts again. Records an
     * {@code AUDIT_VERIFIED} entry when it finishes. Blocking.
     */
    public AuditVerification verifyNow() {
        access.require(Action.READ, DataKind.AUDIT_LOG);
        AuditVerification previous = latest;
        AuditVerification result;
        if (previous != null && previous.status() == Status.UNFINISHED) {
            AuditVerification rest = verifier.verify(previous.verifiedThrough(), anchor(), null);
            result = new AuditVerification(rest.status(), rest.verifiedThrough(), previous.checked() + rest.checked(),
                    rest.firstBreak(), previous.elapsed().plus(rest.elapsed()));
        } else {
            result = verifier.verify(AuditAnchor.EMPTY, anchor(), null);
        }
        latest = result;
        logOutcome(result);
        audit.record(AuditAction.AUDIT_VERIFIED, "AUDIT_LOG", String.valueOf(result.verifiedThrough().sequence()));
        return result;
    }

    /** The newest {@code limit} entries, newest first. */
    public List<AuditEntry> recent(int limit) {
        access.require(Action.READ, DataKind.AUDIT_LOG);
        return store.newest(limit);
    }

    private Optional<AuditAnchor> anchor() {
        return trusted.flatMap(TrustedAuditAnchor::latest);
    }

    private static void logOutcome(AuditVerification result) {
        if (result.tampered()) {
            LOG.warn("Audit log broken at entry {}: {}", result.firstBreak().orElseThrow().seq(),
                    result.firstBreak().orElseThrow().kind());
        } else {
            LOG.info("Audit log {} through entry {} ({} checked in {} ms)", result.status(),
                    result.verifiedThrough().sequence(), result.checked(), result.elapsed().toMillis());
        }
    }
}

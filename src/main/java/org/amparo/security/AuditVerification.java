package org.amparo.security;

import java.time.Duration;
import java.util.Optional;

/**
 * The outcome of walking the audit chain: {@code INTACT} (every entry checked), {@code TAMPERED} (the first broken
 * sequence number and how) or {@code UNFINISHED} (the time budget ran out; {@code verifiedThrough} is where to go on).
 * {@code checked} counts the entries this walk checked; {@code elapsed} is its wall time.
 */
public record AuditVerification(Status status, AuditAnchor verifiedThrough, long checked, Optional<Break> firstBreak,
        Duration elapsed) {

    /** Whether the chain was found intact, broken, or not yet walked to its end. */
    public enum Status { INTACT, TAMPERED, UNFINISHED }

    /** The first sequence number at which the chain is broken, and how. */
    public record Break(long seq, TamperKind kind) {
    }

    public boolean tampered() {
        return status == Status.TAMPERED;
    }
}

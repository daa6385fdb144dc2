package org.amparo.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An administrator's emergency access to client data: with a written reason, for a limited time, audited
 * ({@link AuditAction#BREAK_GLASS}). While it lasts she may read (only read) every client's data; it ends by itself,
 * on {@link #end()}, and when the vault is locked.
 */
public interface BreakGlass {

    Duration DEFAULT_LENGTH = Duration.ofMinutes(30);
    Duration MAX_LENGTH = Duration.ofHours(2);
    int MIN_REASON_LENGTH = 10;

    /**
     * Starts break-glass for the signed-in administrator.
     *
     * @throws AccessDeniedException if she is not an administrator
     * @throws IllegalArgumentException if the reason is shorter than {@link #MIN_REASON_LENGTH} characters or the
     *         length is not between one minute and {@link #MAX_LENGTH}
     */
    void begin(String reason, Duration length);

    void end();

    /** When the current break-glass ends; empty when none is in force. */
    Optional<Instant> activeUntil();
}

package org.amparo.security;

import java.time.Duration;

/**
 * Why a vault could not be created or opened, as a reason the UI and CLI turn into a plain message (never an H2
 * code). {@code retryAfter} is set for {@link Reason#WRONG_CREDENTIALS} and {@link Reason#TOO_SOON}.
 */
public final class VaultException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** User name or password wrong (deliberately the same reason for both). */
        WRONG_CREDENTIALS,
        /** A previous failure's delay has not yet passed. */
        TOO_SOON,
        /** Too many failures: the recovery code or an administrator is required. */
        RECOVERY_REQUIRED,
        WRONG_RECOVERY_CODE,
        IN_USE,
        NOT_FOUND,
        NOT_A_VAULT,
        ALREADY_EXISTS,
        SLOTS_DAMAGED,
        INVALID_INPUT,
        IO
    }

    private final Reason reason;
    private final transient Duration retryAfter;

    public VaultException(Reason reason, String message) {
        this(reason, message, Duration.ZERO, null);
    }

    public VaultException(Reason reason, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

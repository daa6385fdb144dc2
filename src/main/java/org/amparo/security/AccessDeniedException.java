package org.amparo.security;

/** The signed-in user's role does not allow this; the message is safe to show ("Volunteers cannot export cases"). */
public final class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}

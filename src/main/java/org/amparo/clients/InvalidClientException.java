package org.amparo.clients;

import java.util.Map;

/** A save was refused because the person broke validation rules; nothing was saved. */
public final class InvalidClientException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> errors;

    public InvalidClientException(Map<String, String> errors) {
        super("Client not saved; invalid fields: " + errors);
        this.errors = Map.copyOf(errors);
    }

    /** Field path (e.g. {@code phones[0].number}) → message key (e.g. {@code client.validation.phone}). */
    public Map<String, String> errors() {
        return errors;
    }
}

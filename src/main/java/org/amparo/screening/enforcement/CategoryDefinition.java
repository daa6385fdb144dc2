package org.amparo.screening.enforcement;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One category of a framework file: the legal reference's rule id, a plain statement, its citation, the predicate
 * (by name) and its parameters. {@code role} is {@code priority} (sets the framework outcome) or {@code context}
 * (shown for awareness: a rule about the framework or an exposure flag, never sets the outcome).
 * {@code unverified} is true where the reference marks the rule UNVERIFIED; {@code unverifiedNote} says what.
 */
public record CategoryDefinition(
        String id,
        String statement,
        String citation,
        String predicate,
        JsonNode params,
        Boolean unverified,
        String unverifiedNote,
        Role role,
        List<String> aliases) {

    /** Whether a category sets the framework outcome. */
    public enum Role { priority, context }

    public CategoryDefinition {
        unverified = Boolean.TRUE.equals(unverified);
        role = role == null ? Role.priority : role;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The parameters as typed accessors (a new view; the engine keeps one per category). */
    public Params paramsView() {
        return new Params(id, params);
    }
}

package org.amparo.screening.rescreen;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to re-screen: every open and intake case as of {@code asOf}.
 *
 * @param frameworks framework ids to evaluate; empty for all (the framework in force on {@code asOf} is always
 *                   added, so each case's in-force outcome is stored)
 * @param trigger    why, stored with the run: e.g. "manual", "framework eo14159_2025 in force"
 */
public record RescreenRequest(LocalDate asOf, List<String> frameworks, String trigger) {

    public RescreenRequest {
        Objects.requireNonNull(asOf, "asOf");
        frameworks = List.copyOf(frameworks);
        trigger = trigger == null || trigger.isBlank() ? "manual" : trigger;
    }

    public static RescreenRequest all(LocalDate asOf, String trigger) {
        return new RescreenRequest(asOf, List.of(), trigger);
    }
}

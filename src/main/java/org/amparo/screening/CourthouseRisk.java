package org.amparo.screening;

import java.time.LocalDate;
import java.util.List;

/** Arrest risk of one court event or ICE check-in, factor by factor. */
public record CourthouseRisk(String event, LocalDate date, Level level, List<Factor> factors,
                             List<String> safetyPlan) {

    public enum Level { LOW, MODERATE, HIGH, SEVERE }

    public enum Direction { raises, lowers }

    public record Factor(String id, Direction direction, String reason) { }
}

package org.amparo.courthouse.risk;

import java.util.ArrayList;
import java.util.List;
import org.amparo.screening.CourthouseRisk.Direction;
import org.amparo.screening.CourthouseRisk.Factor;
import org.amparo.screening.CourthouseRisk.Level;

/**
 * Points and factors gathered for one event, and the level they make. A factor's direction follows the sign of its
 * points. Caps (not removable → LOW; 2021 memo → at most MODERATE) are applied last.
 */
final class RiskScore {

    static final String UNVERIFIED = " (UNVERIFIED in the legal reference)";

    /** Lowest score of MODERATE, HIGH and SEVERE. */
    static final int MODERATE_FROM = 2;
    static final int HIGH_FROM = 5;
    static final int SEVERE_FROM = 8;

    private final List<Factor> factors = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private int points;
    private Level cap = Level.SEVERE;

    /** Adds a factor worth {@code points} (negative lowers the risk). */
    void add(String id, int points, String reason) {
        this.points += points;
        factors.add(new Factor(id, points < 0 ? Direction.lowers : Direction.raises, reason));
        ids.add(id);
    }

    /** Adds a factor that only caps the level (it lowers the risk without points). */
    void cap(String id, Level level, String reason) {
        if (level.compareTo(cap) < 0) {
            cap = level;
        }
        factors.add(new Factor(id, Direction.lowers, reason));
        ids.add(id);
    }

    boolean has(String id) {
        return ids.contains(id);
    }

    int points() {
        return points;
    }

    List<Factor> factors() {
        return List.copyOf(factors);
    }

    Level level() {
        Level byPoints = points >= SEVERE_FROM ? Level.SEVERE
                : points >= HIGH_FROM ? Level.HIGH
                : points >= MODERATE_FROM ? Level.MODERATE : Level.LOW;
        return byPoints.compareTo(cap) > 0 ? cap : byPoints;
    }
}

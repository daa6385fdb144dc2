package org.amparo.courthouse.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amparo.facts.FactsJson;

/**
 * The courthouse rules as data: federal policies by date and state courthouse-protection laws. {@link #bundled()}
 * reads them once from {@code resources/courthouse/} on the class path.
 */
public record CourthouseRules(List<FederalCourthousePolicy> federalPolicies, List<StateCourthouseLaw> stateLaws) {

    private static final String FEDERAL = "/courthouse/federal-policies.json";
    private static final String STATES = "/courthouse/state-laws.json";

    public CourthouseRules {
        federalPolicies = List.copyOf(federalPolicies);
        stateLaws = List.copyOf(stateLaws);
    }

    /** The rules packaged with the application. */
    public static CourthouseRules bundled() {
        ObjectMapper mapper = FactsJson.mapper();
        FederalFile federal = read(mapper, FEDERAL, FederalFile.class);
        StateFile states = read(mapper, STATES, StateFile.class);
        return new CourthouseRules(federal.policies(), states.laws());
    }

    /** The federal courthouse policy in force on {@code date}, if any. */
    public Optional<FederalCourthousePolicy> federalPolicyOn(LocalDate date) {
        for (FederalCourthousePolicy p : federalPolicies) {
            if (p.inForceOn(date)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * These rules with one federal policy in force on every date (the others dropped), to show how an event would be
     * judged under that policy.
     *
     * @throws IllegalArgumentException for an unknown policy id
     */
    public CourthouseRules pinnedTo(String policyId) {
        for (FederalCourthousePolicy p : federalPolicies) {
            if (p.id().equals(policyId)) {
                FederalCourthousePolicy always = new FederalCourthousePolicy(p.id(), p.factorId(), p.title(),
                        p.citation(), null, null, p.points(), p.limitedToExceptions(), p.avoidsNoncriminalCourts(),
                        p.companionsMayBeArrested(), p.nonTargetsGenerallySpared(), p.checksStateLaw(),
                        p.unverifiedNote());
                return new CourthouseRules(List.of(always), stateLaws);
            }
        }
        throw new IllegalArgumentException("unknown federal courthouse policy '" + policyId + "'");
    }

    /** The state courthouse-protection law that applies in {@code state} on {@code date}, if any. */
    public Optional<StateCourthouseLaw> stateLawFor(String state, LocalDate date) {
        if (state == null) {
            return Optional.empty();
        }
        String trimmed = state.trim();
        for (StateCourthouseLaw law : stateLaws) {
            if (law.appliesTo(trimmed, date)) {
                return Optional.of(law);
            }
        }
        return Optional.empty();
    }

    private static <T> T read(ObjectMapper mapper, String resource, Class<T> type) {
        try (InputStream in = CourthouseRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled courthouse data missing: " + resource);
            }
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Bundled courthouse data unreadable: " + resource, e);
        }
    }

    private record FederalFile(String schema, String source, List<FederalCourthousePolicy> policies) { }

    private record StateFile(String schema, String source, List<StateCourthouseLaw> laws) { }
}

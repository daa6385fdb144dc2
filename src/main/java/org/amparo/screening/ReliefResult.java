package org.amparo.screening;

import java.time.LocalDate;
import java.util.List;

/** One form of relief, element by element. */
public record ReliefResult(
        Relief relief,
        ReliefOutcome outcome,
        List<ElementResult> elements,
        List<String> waiversNeeded,
        List<DerivativeResult> derivatives,
        List<String> flags,
        List<String> missingFacts) {

    public enum Relief { u_visa, t_visa, vawa_self_petition, vawa_cancellation, asylum, sijs }

    public enum ReliefOutcome { ELIGIBLE, LIKELY_ELIGIBLE, NEEDS_MORE_INFO, NOT_ELIGIBLE, NOT_APPLICABLE }

    public enum ElementOutcome { MET, NOT_MET, UNKNOWN, NEEDS_REVIEW }

    public record ElementResult(String id, ElementOutcome result, String reason, String citation) { }

    /** {@code member} is a family member's {@code ref}; {@code fileBy} may be null. */
    public record DerivativeResult(String member, String relationship, ReliefOutcome outcome, LocalDate fileBy,
                                   String reason) { }

    /** Flag for a rule the legal reference marks UNVERIFIED (kept, but marked). */
    public static final String FLAG_UNVERIFIED = "UNVERIFIED_RULE";
    public static final String FLAG_ATTORNEY_REVIEW = "NEEDS_ATTORNEY_REVIEW";
}

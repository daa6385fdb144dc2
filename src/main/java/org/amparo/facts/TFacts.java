package org.amparo.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** Victim of a severe form of trafficking ({@code t}). */
public record TFacts(
        TraffickingType traffickingType,
        List<Means> means,
        @JsonProperty("commercial_sex_under_18") Boolean commercialSexUnder18,
        List<LaborPurpose> laborPurpose,
        Integer ageAtFirstTraffickingAct,
        Boolean presenceOnAccountOfTrafficking,
        Boolean departedUsAfterTrafficking,
        Boolean reportedToLea,
        String leaName,
        ReasonableRequests reasonableRequests,
        Boolean traumaExceptionEvidence,
        Evidence extremeHardshipEvidence,
        Boolean continuedPresenceGranted,
        LocalDate continuedPresenceDate,
        Boolean i914SuppB,
        LocalDate filedDate) {

    public enum TraffickingType { sex, labor, both }

    public enum Means { force, fraud, coercion }

    public enum LaborPurpose { involuntary_servitude, peonage, debt_bondage, slavery }

    public enum ReasonableRequests { complied, refused, none_made }
}

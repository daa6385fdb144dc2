package org.amparo.facts;

import java.time.LocalDate;
import java.util.List;

/** VAWA self-petition facts ({@code vawa}). */
public record VawaFacts(
        AbuserRelationship abuserRelationship,
        AbuserStatus abuserStatus,
        LocalDate abuserStatusLossDate,
        Boolean abuserStatusLossRelatedToDv,
        LocalDate abuserDeathDate,
        LocalDate marriageDate,
        LocalDate divorceDate,
        Boolean divorceConnectedToAbuse,
        Evidence marriageGoodFaithEvidence,
        Boolean marriedDuringRemovalProceedings,
        Boolean bigamyUnknowing,
        Boolean residedWithAbuserEver,
        List<AbuseType> abuseType,
        Boolean abuseDuringRelationship,
        Integer sonDaughterAge,
        Boolean delayCausedByAbuse,
        List<String> gmcIssues,
        Boolean remarriedBeforeFiling,
        LocalDate filedDate) {

    public enum AbuserRelationship { spouse, former_spouse, intended_spouse, parent, stepparent, son_daughter }

    public enum AbuserStatus { USC, LPR, none, unknown }

    public enum AbuseType { battery, extreme_cruelty }
}

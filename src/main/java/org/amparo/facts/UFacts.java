package org.amparo.facts;

import java.time.LocalDate;
import java.util.List;

/** Victim of qualifying criminal activity ({@code u}). */
public record UFacts(
        List<Crime> crimes,
        VictimRole victimRole,
        DirectVictimStatus directVictimStatus,
        Integer directVictimAgeAtCrime,
        String relationshipToDirectVictim,
        Evidence substantialAbuseEvidence,
        Boolean hasInformationAboutCrime,
        Helpfulness helpfulness,
        String reportedTo,
        Certification certification,
        LocalDate plannedFilingDate,
        LocalDate filedDate) {

    public enum Modifier { attempt, conspiracy, solicitation }

    public enum VictimRole { direct, indirect, bystander }

    public enum DirectVictimStatus { alive, deceased_murder_manslaughter, incompetent_incapacitated }

    public enum Helpfulness { has_been, is_being, likely_to_be, refused_unreasonably, unknown }

    /** {@code crimeType} is an id from LEGAL-REFERENCE §2.1 (validated by the schema). */
    public record Crime(String crimeType, List<Modifier> modifiers, LocalDate date, Boolean locationUs,
                        Boolean violatedUsExtraterritorialLaw) { }

    public record Certification(String agency, String officialTitle, LocalDate signedDate, Boolean originalHeld) { }
}

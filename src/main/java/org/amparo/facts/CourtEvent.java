package org.amparo.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** A court date the client must attend ({@code court_events[]}). */
public record CourtEvent(
        String ref,
        LocalDate date,
        CourtType courtType,
        String courthouse,
        String county,
        String state,
        ClientRole clientRole,
        Boolean caseRelatesToDvSaTraffickingStalking,
        Boolean remoteAppearanceAvailable,
        Boolean attorneyAccompanying,
        Boolean abuserKnowsDate,
        Boolean abuserThreatenedImmigrationReport,
        @JsonProperty("county_287g_models") List<Model287g> county287gModels,
        Integer recentIceActivityReports) {

    public enum CourtType { family, protective_order, criminal, civil, small_claims, traffic, immigration }

    public enum ClientRole { petitioner, respondent, defendant, witness, companion }

    /** 287(g) models: Jail Enforcement, Task Force, Warrant Service Officer. */
    public enum Model287g { JEM, TFM, WSO }
}

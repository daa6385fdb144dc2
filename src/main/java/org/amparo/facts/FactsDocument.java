package org.amparo.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One {@code amparo-facts/1} document. Field names map to snake_case JSON (see {@link FactsJson}). */
public record FactsDocument(
        String schema,
        String ref,
        LocalDate asOf,
        Person person,
        Immigration immigration,
        Criminal criminal,
        Conduct conduct,
        UFacts u,
        TFacts t,
        VawaFacts vawa,
        List<FamilyMember> familyMembers,
        List<CourtEvent> courtEvents,
        List<IceCheckin> iceCheckins,
        Asylum asylum,
        Sijs sijs,
        Map<String, FactSource> factsSources,
        JsonNode extensions) {

    public static final String SCHEMA_ID = "amparo-facts/1";

    /** The evaluation date: {@code as_of}, or {@code today} when the document leaves it out. */
    public LocalDate asOfOr(LocalDate today) {
        return asOf != null ? asOf : today;
    }
}

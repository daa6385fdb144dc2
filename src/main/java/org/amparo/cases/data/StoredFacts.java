package org.amparo.cases.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.amparo.cases.FactSection;
import org.amparo.facts.Asylum;
import org.amparo.facts.Conduct;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.Criminal;
import org.amparo.facts.FactSource;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FamilyMember;
import org.amparo.facts.IceCheckin;
import org.amparo.facts.Immigration;
import org.amparo.facts.Person;
import org.amparo.facts.Sijs;
import org.amparo.facts.TFacts;
import org.amparo.facts.UFacts;
import org.amparo.facts.VawaFacts;

/**
 * One client's stored facts sections (everything but person; a missing key is an unknown section) and the stored
 * version of every section.
 */
public record StoredFacts(long clientId, Map<FactSection, Object> sections, Map<FactSection, Integer> versions) {

    public StoredFacts {
        EnumMap<FactSection, Object> copy = new EnumMap<>(FactSection.class);
        copy.putAll(sections);
        sections = Collections.unmodifiableMap(copy);
        versions = Map.copyOf(versions);
    }

    /** No facts stored yet: every section unknown, every version 0. */
    public static StoredFacts none(long clientId) {
        return new StoredFacts(clientId, Map.of(), Map.of());
    }

    /** The {@code amparo-facts/1} document with this person, {@code ref} and no {@code as_of}. */
    @SuppressWarnings("unchecked")
    public FactsDocument toDocument(String ref, Person person) {
        return new FactsDocument(FactsDocument.SCHEMA_ID, ref, null, person,
                (Immigration) sections.get(FactSection.IMMIGRATION), (Criminal) sections.get(FactSection.CRIMINAL),
                (Conduct) sections.get(FactSection.CONDUCT), (UFacts) sections.get(FactSection.U),
                (TFacts) sections.get(FactSection.T), (VawaFacts) sections.get(FactSection.VAWA),
                (List<FamilyMember>) sections.get(FactSection.FAMILY),
                (List<CourtEvent>) sections.get(FactSection.COURT_EVENTS),
                (List<IceCheckin>) sections.get(FactSection.ICE_CHECKINS), (Asylum) sections.get(FactSection.ASYLUM),
                (Sijs) sections.get(FactSection.SIJS), (Map<String, FactSource>) sections.get(FactSection.SOURCES),
                (JsonNode) sections.get(FactSection.EXTENSIONS));
    }
}

package org.amparo.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.facts.Asylum;
import org.amparo.facts.Conduct;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.Criminal;
import org.amparo.facts.Evidence;
import org.amparo.facts.FactSource;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.amparo.facts.FamilyMember;
import org.amparo.facts.IceCheckin;
import org.amparo.facts.Immigration;
import org.amparo.facts.Person;
import org.amparo.facts.Sijs;
import org.amparo.facts.TFacts;
import org.amparo.facts.UFacts;
import org.amparo.facts.VawaFacts;

/**
 * Hand-made documents where unknown (null), false and [] must stay apart: every section present but empty, every
 * list empty rather than unknown, every boolean false, nested lists unknown beside known-empty ones.
 */
final class EdgeCaseFacts {

    private static final LocalDate D = LocalDate.of(2025, 2, 28);

    private EdgeCaseFacts() {
    }

    static List<FactsDocument> all() {
        return List.of(nothingKnown(), sectionsPresentButEmpty(), listsEmptyNotUnknown(), everythingFalse(),
                nestedUnknownBesideEmpty(), extensionsAndSources(), explicitNullExtensions());
    }

    private static FactsDocument doc(String ref, Immigration imm, Criminal crim, Conduct conduct, UFacts u, TFacts t,
            VawaFacts vawa, List<FamilyMember> family, List<CourtEvent> events, List<IceCheckin> checkins,
            Asylum asylum, Sijs sijs, Map<String, FactSource> sources, JsonNode extensions) {
        Person p = new Person("Edge", "Prueba-" + ref, null, List.of(), null, null, List.of(), List.of(), null,
                List.of(), List.of(), null, null);
        return new FactsDocument(FactsDocument.SCHEMA_ID, ref, null, p, imm, crim, conduct, u, t, vawa, family,
                events, checkins, asylum, sijs, sources, extensions);
    }

    static FactsDocument nothingKnown() {
        return doc("nothing", null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static FactsDocument sectionsPresentButEmpty() {
        return doc("empty-sections",
                new Immigration(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null),
                new Criminal(null, null),
                new Conduct(null, null, null, null, null, null, null, null, null),
                new UFacts(null, null, null, null, null, null, null, null, null, null, null, null),
                new TFacts(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null),
                new VawaFacts(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null),
                null, null, null, new Asylum(null, null, null, null, null), new Sijs(null, null), null, null);
    }

    static FactsDocument listsEmptyNotUnknown() {
        return doc("empty-lists",
                new Immigration(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        List.of(), null, null, null),
                new Criminal(List.of(), List.of()),
                new Conduct(List.of(), null, null, null, null, null, null, null, null),
                new UFacts(List.of(), null, null, null, null, null, null, null, null,
                        new UFacts.Certification(null, null, null, null), null, null),
                new TFacts(null, List.of(), null, List.of(), null, null, null, null, null, null, null, null, null,
                        null, null, null),
                new VawaFacts(null, null, null, null, null, null, null, null, null, null, null, null, List.of(), null,
                        null, null, List.of(), null, null),
                List.of(), List.of(), List.of(), null, null, Map.of(), FactsJson.mapper().createObjectNode());
    }

    static FactsDocument everythingFalse() {
        return doc("all-false",
                new Immigration(Immigration.EntryManner.unknown, "B2", D, false, D, D, Immigration.CurrentStatus.none,
                        false, D, false, D, Immigration.FinalOrderType.in_absentia, false, false,
                        List.of(new Immigration.PriorRemoval(null, null), new Immigration.PriorRemoval(D, "VR")),
                        false, false, false),
                new Criminal(List.of(new Criminal.Conviction("Demo offense", "Example Code 1", Criminal.Jurisdiction.state,
                        Criminal.Classification.petty_offense, D, "inc-1", 0, 0, false, false, Criminal.Tristate.no,
                        Criminal.Tristate.unknown, List.of(Criminal.Tag.dv, Criminal.Tag.dv, Criminal.Tag.theft),
                        false, false)),
                        List.of(new Criminal.PendingCharge(null, List.of(), null, null, null))),
                new Conduct(List.of(Conduct.UnchargedConduct.other, Conduct.UnchargedConduct.false_ssn), false,
                        "Example details with ñ and ü", false, Conduct.GangAllegation.none, 0, false, false, 0),
                new UFacts(List.of(new UFacts.Crime("domestic_violence", List.of(UFacts.Modifier.attempt), D, false,
                        false)), UFacts.VictimRole.indirect, UFacts.DirectVictimStatus.alive, 0, "sister",
                        Evidence.none, false, UFacts.Helpfulness.unknown, "Example City Police Department",
                        new UFacts.Certification("Example DA", "Demo title", D, false), D, D),
                new TFacts(TFacts.TraffickingType.both, List.of(TFacts.Means.coercion), false,
                        List.of(TFacts.LaborPurpose.peonage), 0, false, false, false, "Example LEA",
                        TFacts.ReasonableRequests.none_made, false, Evidence.none, false, D, false, D),
                new VawaFacts(VawaFacts.AbuserRelationship.son_daughter, VawaFacts.AbuserStatus.unknown, D, false, D,
                        D, D, false, Evidence.none, false, false, false, List.of(VawaFacts.AbuseType.extreme_cruelty),
                        false, 0, false, List.of("Demo issue", "Otro asunto"), false, D),
                List.of(new FamilyMember("fm-1", FamilyMember.Relationship.child, "Demo", D,
                        FamilyMember.MaritalStatus.single, FamilyMember.Location.abroad,
                        FamilyMember.Citizenship.unknown, false, false, false)),
                List.of(new CourtEvent("ce-1", D, CourtEvent.CourtType.small_claims, "Example Courthouse",
                        "Example County", "CA", CourtEvent.ClientRole.companion, false, false, false, false, false,
                        List.of(CourtEvent.Model287g.WSO), 0)),
                List.of(new IceCheckin("ice-1", D, "Example Field Office", IceCheckin.Type.ATD)),
                new Asylum(false, D, D, false, false), new Sijs(D, D),
                Map.of("$.immigration", FactSource.client), FactsJson.mapper().createObjectNode());
    }

    static FactsDocument nestedUnknownBesideEmpty() {
        return doc("nested",
                null,
                new Criminal(List.of(
                        new Criminal.Conviction(null, null, null, null, null, null, null, null, null, null, null, null,
                                null, null, null),
                        new Criminal.Conviction(null, null, null, null, null, null, null, null, null, null, null, null,
                                List.of(), null, null)),
                        null),
                null,
                new UFacts(List.of(new UFacts.Crime(null, null, null, null, null),
                        new UFacts.Crime("felonious_assault", List.of(), null, true, null)), null, null, null, null,
                        null, null, null, null, null, null, null),
                null, null,
                List.of(new FamilyMember(null, null, null, null, null, null, null, null, null, null)),
                List.of(new CourtEvent(null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null), new CourtEvent("ce-2", null, null, null, null, null, null, null, null, null, null, null,
                        List.of(), null)),
                List.of(new IceCheckin(null, null, null, null)), null, null, null, null);
    }

    static FactsDocument extensionsAndSources() {
        Map<String, FactSource> sources = new LinkedHashMap<>();
        sources.put("$.u.crimes[0]", FactSource.abuser);
        sources.put("$.criminal.pending_charges[0]", FactSource.agency);
        sources.put("$.immigration.entry_manner", FactSource.document);
        return doc("extensions", null, null, null, null, null, null, null, null, null, null, null, sources,
                json("{\"programa\":{\"notas\":[\"sí\",1,2.5,true,null],\"vacío\":{}},\"n\":-3}"));
    }

    static FactsDocument explicitNullExtensions() {
        return doc("null-extensions", null, null, null, null, null, null, null, null, null, null, null, null,
                NullNode.getInstance());
    }

    private static JsonNode json(String text) {
        try {
            return FactsJson.mapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

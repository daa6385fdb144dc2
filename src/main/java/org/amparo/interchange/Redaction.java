package org.amparo.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/** Applies a {@link RedactionProfile} to a facts document tree by keeping only the whitelisted fields. Pure. */
final class Redaction {

    private static final Set<String> TOP = Set.of("schema", "ref", "as_of", "person", "criminal", "conduct",
            "family_members", "court_events", "ice_checkins", "asylum", "sijs");
    private static final Set<String> PERSON = Set.of("given_name", "family_name", "preferred_name", "aliases", "dob",
            "sex", "countries_of_citizenship", "languages");
    private static final Set<String> FAMILY = Set.of("ref", "relationship", "given_name", "dob", "marital_status",
            "location", "citizenship", "perpetrator_of_crime", "is_abuser", "retaliation_danger");
    private static final Set<String> FAMILY_CLIENT = Set.of("ref", "relationship", "given_name", "dob",
            "marital_status", "location", "citizenship");
    private static final Set<String> COURT = Set.of("ref", "date", "court_type", "courthouse", "county", "state",
            "client_role", "case_relates_to_dv_sa_trafficking_stalking", "remote_appearance_available",
            "attorney_accompanying", "abuser_knows_date", "abuser_threatened_immigration_report",
            "county_287g_models", "recent_ice_activity_reports");
    private static final Set<String> COURT_CLIENT = Set.of("ref", "date", "court_type", "courthouse", "county",
            "state", "client_role", "case_relates_to_dv_sa_trafficking_stalking", "remote_appearance_available",
            "attorney_accompanying", "county_287g_models", "recent_ice_activity_reports");

    private static final Map<RedactionProfile, Map<String, Set<String>>> WHITELISTS = Map.of(
            RedactionProfile.REFERRAL, Map.of("person", PERSON, "family_members", FAMILY, "court_events", COURT),
            RedactionProfile.CLIENT, Map.of("person", PERSON, "family_members", FAMILY_CLIENT,
                    "court_events", COURT_CLIENT));

    private Redaction() {
    }

    /** Redacts {@code document} in place and returns it. */
    static ObjectNode apply(ObjectNode document, RedactionProfile profile) {
        if (profile == RedactionProfile.FULL) {
            return document;
        }
        Map<String, Set<String>> lists = WHITELISTS.get(profile);
        document.retain(TOP);
        lists.forEach((field, allowed) -> keepOnly(document.get(field), allowed));
        return document;
    }

    private static void keepOnly(JsonNode node, Set<String> allowed) {
        if (node instanceof ObjectNode object) {
            object.retain(allowed);
        } else if (node != null && node.isArray()) {
            node.forEach(item -> keepOnly(item, allowed));
        }
    }
}

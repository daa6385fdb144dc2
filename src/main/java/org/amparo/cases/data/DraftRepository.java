package org.amparo.cases.data;

import static org.amparo.db.jooq.Tables.INTAKE_DRAFT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.amparo.cases.FactSection;
import org.amparo.cases.IntakeDraft;
import org.amparo.facts.FactsJson;
import org.amparo.platform.db.Database;

/** One intake draft per case, replaced on every save (last save wins: the interview autosaves). */
public final class DraftRepository {

    private final Database db;

    @Inject
    public DraftRepository(Database db) {
        this.db = db;
    }

    public void save(IntakeDraft draft, String user) {
        OffsetDateTime savedAt = (draft.savedAt() == null ? Instant.now() : draft.savedAt()).atOffset(ZoneOffset.UTC);
        String base = versionsJson(draft.baseVersions());
        db.transaction(ctx -> {
            int n = ctx.update(INTAKE_DRAFT).set(INTAKE_DRAFT.STEP, draft.step())
                    .set(INTAKE_DRAFT.BASE_VERSIONS, base)
                    .set(INTAKE_DRAFT.FACTS_JSON, draft.factsJson()).set(INTAKE_DRAFT.SAVED_AT, savedAt)
                    .set(INTAKE_DRAFT.VERSION, INTAKE_DRAFT.VERSION.plus(1))
                    .set(INTAKE_DRAFT.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                    .set(INTAKE_DRAFT.UPDATED_BY, user).where(INTAKE_DRAFT.CASE_ID.eq(draft.caseId())).execute();
            if (n == 0) {
                ctx.insertInto(INTAKE_DRAFT).set(INTAKE_DRAFT.CASE_ID, draft.caseId())
                        .set(INTAKE_DRAFT.STEP, draft.step()).set(INTAKE_DRAFT.FACTS_JSON, draft.factsJson())
                        .set(INTAKE_DRAFT.SAVED_AT, savedAt).set(INTAKE_DRAFT.BASE_VERSIONS, base)
                        .set(INTAKE_DRAFT.CREATED_BY, user)
                        .set(INTAKE_DRAFT.UPDATED_BY, user).execute();
            }
        });
    }

    public Optional<IntakeDraft> find(long caseId) {
        return db.dsl().selectFrom(INTAKE_DRAFT).where(INTAKE_DRAFT.CASE_ID.eq(caseId))
                .fetchOptional(r -> new IntakeDraft(r.getCaseId(), r.getStep(), r.getFactsJson(),
                        r.getSavedAt().toInstant(), versions(r.getBaseVersions())));
    }

    private static String versionsJson(Map<FactSection, Integer> versions) {
        if (versions.isEmpty()) {
            return null;
        }
        ObjectNode node = FactsJson.mapper().createObjectNode();
        new EnumMap<>(versions).forEach((section, version) -> node.put(section.name(), version));
        return node.toString();
    }

    /** The stored base versions; sections this build does not know are skipped. */
    private static Map<FactSection, Integer> versions(String json) {
        Map<FactSection, Integer> out = new EnumMap<>(FactSection.class);
        if (json == null) {
            return out;
        }
        try {
            Iterator<Map.Entry<String, JsonNode>> fields = FactsJson.mapper().readTree(json).fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                known(e.getKey()).ifPresent(section -> out.put(section, e.getValue().asInt()));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored intake draft's versions are not JSON", e);
        }
        return out;
    }

    private static Optional<FactSection> known(String name) {
        try {
            return Optional.of(FactSection.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Deletes the draft; true if there was one. */
    public boolean clear(long caseId) {
        return db.transactionResult(ctx -> ctx.deleteFrom(INTAKE_DRAFT).where(INTAKE_DRAFT.CASE_ID.eq(caseId))
                .execute() > 0);
    }
}

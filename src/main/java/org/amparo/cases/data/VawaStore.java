package org.amparo.cases.data;

import static org.amparo.cases.data.Values.knownList;
import static org.amparo.cases.data.Values.name;
import static org.amparo.cases.data.Values.parse;
import static org.amparo.cases.data.Values.size;
import static org.amparo.db.jooq.Tables.FACT_VAWA;
import static org.amparo.db.jooq.Tables.FACT_VAWA_ABUSE_TYPE;
import static org.amparo.db.jooq.Tables.FACT_VAWA_GMC_ISSUE;
import static org.amparo.platform.db.IdConditions.idsIn;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.cases.FactSection;
import org.amparo.db.jooq.tables.FactVawa;
import org.amparo.db.jooq.tables.FactVawaAbuseType;
import org.amparo.db.jooq.tables.FactVawaGmcIssue;
import org.amparo.db.jooq.tables.records.FactVawaRecord;
import org.amparo.facts.Evidence;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.VawaFacts;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** {@code vawa}: self-petition facts with abuse types and good-moral-character issues. */
final class VawaStore implements SectionStore {

    private static final FactVawa V = FACT_VAWA;
    private static final FactVawaAbuseType AT = FACT_VAWA_ABUSE_TYPE;
    private static final FactVawaGmcIssue G = FACT_VAWA_GMC_ISSUE;
    private static final List<Field<?>> MAIN = List.of(V.CLIENT_ID, V.ABUSER_RELATIONSHIP, V.ABUSER_STATUS,
            V.ABUSER_STATUS_LOSS_DATE, V.ABUSER_STATUS_LOSS_RELATED_TO_DV, V.ABUSER_DEATH_DATE, V.MARRIAGE_DATE,
            V.DIVORCE_DATE, V.DIVORCE_CONNECTED_TO_ABUSE, V.MARRIAGE_GOOD_FAITH_EVIDENCE,
            V.MARRIED_DURING_REMOVAL_PROCEEDINGS, V.BIGAMY_UNKNOWING, V.RESIDED_WITH_ABUSER_EVER, V.ABUSE_TYPE_KNOWN,
            V.ABUSE_DURING_RELATIONSHIP, V.SON_DAUGHTER_AGE, V.DELAY_CAUSED_BY_ABUSE, V.GMC_ISSUES_KNOWN,
            V.REMARRIED_BEFORE_FILING, V.FILED_DATE);
    private static final List<Field<?>> ABUSE = List.of(AT.CLIENT_ID, AT.POSITION, AT.ABUSE_TYPE);
    private static final List<Field<?>> GMC = List.of(G.CLIENT_ID, G.POSITION, G.ISSUE);

    @Override
    public FactSection section() {
        return FactSection.VAWA;
    }

    @Override
    public List<Table<?>> tables() {
        return List.of(AT, G, V);
    }

    @Override
    public Object valueOf(FactsDocument doc) {
        return doc.vawa();
    }

    @Override
    public void add(RowBatch rows, long clientId, Object value) {
        VawaFacts v = (VawaFacts) value;
        rows.add(V, MAIN, clientId, name(v.abuserRelationship()), name(v.abuserStatus()), v.abuserStatusLossDate(),
                v.abuserStatusLossRelatedToDv(), v.abuserDeathDate(), v.marriageDate(), v.divorceDate(),
                v.divorceConnectedToAbuse(), name(v.marriageGoodFaithEvidence()),
                v.marriedDuringRemovalProceedings(), v.bigamyUnknowing(), v.residedWithAbuserEver(),
                v.abuseType() != null, v.abuseDuringRelationship(), v.sonDaughterAge(), v.delayCausedByAbuse(),
                v.gmcIssues() != null, v.remarriedBeforeFiling(), v.filedDate());
        for (int i = 0; i < size(v.abuseType()); i++) {
            rows.add(AT, ABUSE, clientId, i, name(v.abuseType().get(i)));
        }
        for (int i = 0; i < size(v.gmcIssues()); i++) {
            rows.add(G, GMC, clientId, i, v.gmcIssues().get(i));
        }
    }

    @Override
    public Map<Long, Object> read(DSLContext ctx, Collection<Long> clientIds) {
        Map<Long, List<VawaFacts.AbuseType>> abuse = Values.group(ctx.selectFrom(AT).where(idsIn(AT.CLIENT_ID, clientIds))
                .orderBy(AT.CLIENT_ID, AT.POSITION).fetch(), r -> r.getClientId(),
                r -> VawaFacts.AbuseType.valueOf(r.getAbuseType()));
        Map<Long, List<String>> gmc = Values.group(ctx.selectFrom(G).where(idsIn(G.CLIENT_ID, clientIds))
                .orderBy(G.CLIENT_ID, G.POSITION).fetch(), r -> r.getClientId(), r -> r.getIssue());
        Map<Long, Object> out = new HashMap<>();
        for (FactVawaRecord r : ctx.selectFrom(V).where(idsIn(V.CLIENT_ID, clientIds)).fetch()) {
            long id = r.getClientId();
            out.put(id, new VawaFacts(parse(VawaFacts.AbuserRelationship.class, r.getAbuserRelationship()),
                    parse(VawaFacts.AbuserStatus.class, r.getAbuserStatus()), r.getAbuserStatusLossDate(),
                    r.getAbuserStatusLossRelatedToDv(), r.getAbuserDeathDate(), r.getMarriageDate(),
                    r.getDivorceDate(), r.getDivorceConnectedToAbuse(),
                    parse(Evidence.class, r.getMarriageGoodFaithEvidence()), r.getMarriedDuringRemovalProceedings(),
                    r.getBigamyUnknowing(), r.getResidedWithAbuserEver(), knownList(r.getAbuseTypeKnown(),
                    abuse.get(id)), r.getAbuseDuringRelationship(), r.getSonDaughterAge(), r.getDelayCausedByAbuse(),
                    knownList(r.getGmcIssuesKnown(), gmc.get(id)), r.getRemarriedBeforeFiling(), r.getFiledDate()));
        }
        return out;
    }
}

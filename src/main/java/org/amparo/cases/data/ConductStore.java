package org.amparo.cases.data;

import static org.amparo.cases.data.Values.knownList;
import static org.amparo.cases.data.Values.name;
import static org.amparo.cases.data.Values.parse;
import static org.amparo.cases.data.Values.size;
import static org.amparo.db.jooq.Tables.FACT_CONDUCT;
import static org.amparo.db.jooq.Tables.FACT_UNCHARGED_CONDUCT;
import static org.amparo.platform.db.IdConditions.idsIn;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.cases.FactSection;
import org.amparo.db.jooq.tables.FactConduct;
import org.amparo.db.jooq.tables.FactUnchargedConduct;
import org.amparo.db.jooq.tables.records.FactConductRecord;
import org.amparo.facts.Conduct;
import org.amparo.facts.Conduct.UnchargedConduct;
import org.amparo.facts.FactsDocument;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** {@code conduct} and its list of uncharged conduct. */
final class ConductStore implements SectionStore {

    private static final FactConduct C = FACT_CONDUCT;
    private static final FactUnchargedConduct U = FACT_UNCHARGED_CONDUCT;
    private static final List<Field<?>> MAIN = List.of(C.CLIENT_ID, C.UNCHARGED_CONDUCT_KNOWN,
            C.FRAUD_OR_MISREP_OFFICIAL_MATTER, C.FRAUD_DETAILS, C.PUBLIC_BENEFITS_ABUSE, C.GANG_ALLEGATION,
            C.AGE_AT_GANG_ACTIVITY, C.TERRORISM_ESPIONAGE_FLAG, C.VISA_PROGRAM_ABUSE_FINDING, C.VOLUNTARY_RETURNS);
    private static final List<Field<?>> UNCHARGED = List.of(U.CLIENT_ID, U.POSITION, U.CONDUCT);

    @Override
    public FactSection section() {
        return FactSection.CONDUCT;
    }

    @Override
    public List<Table<?>> tables() {
        return List.of(U, C);
    }

    @Override
    public Object valueOf(FactsDocument doc) {
        return doc.conduct();
    }

    @Override
    public void add(RowBatch rows, long clientId, Object value) {
        Conduct c = (Conduct) value;
        rows.add(C, MAIN, clientId, c.unchargedConduct() != null, c.fraudOrMisrepOfficialMatter(), c.fraudDetails(),
                c.publicBenefitsAbuse(), name(c.gangAllegation()), c.ageAtGangActivity(), c.terrorismEspionageFlag(),
                c.visaProgramAbuseFinding(), c.voluntaryReturns());
        for (int i = 0; i < size(c.unchargedConduct()); i++) {
            rows.add(U, UNCHARGED, clientId, i, name(c.unchargedConduct().get(i)));
        }
    }

    @Override
    public Map<Long, Object> read(DSLContext ctx, Collection<Long> clientIds) {
        Map<Long, List<UnchargedConduct>> uncharged = Values.group(ctx.selectFrom(U).where(idsIn(U.CLIENT_ID, clientIds))
                .orderBy(U.CLIENT_ID, U.POSITION).fetch(), r -> r.getClientId(),
                r -> UnchargedConduct.valueOf(r.getConduct()));
        Map<Long, Object> out = new HashMap<>();
        for (FactConductRecord r : ctx.selectFrom(C).where(idsIn(C.CLIENT_ID, clientIds)).fetch()) {
            out.put(r.getClientId(), new Conduct(knownList(r.getUnchargedConductKnown(),
                    uncharged.get(r.getClientId())), r.getFraudOrMisrepOfficialMatter(), r.getFraudDetails(),
                    r.getPublicBenefitsAbuse(), parse(Conduct.GangAllegation.class, r.getGangAllegation()),
                    r.getAgeAtGangActivity(), r.getTerrorismEspionageFlag(), r.getVisaProgramAbuseFinding(),
                    r.getVoluntaryReturns()));
        }
        return out;
    }
}

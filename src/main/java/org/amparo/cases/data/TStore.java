package org.amparo.cases.data;

import static org.amparo.cases.data.Values.knownList;
import static org.amparo.cases.data.Values.name;
import static org.amparo.cases.data.Values.parse;
import static org.amparo.cases.data.Values.size;
import static org.amparo.db.jooq.Tables.FACT_T;
import static org.amparo.db.jooq.Tables.FACT_T_LABOR_PURPOSE;
import static org.amparo.db.jooq.Tables.FACT_T_MEANS;
import static org.amparo.platform.db.IdConditions.idsIn;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.cases.FactSection;
import org.amparo.db.jooq.tables.FactT;
import org.amparo.db.jooq.tables.FactTLaborPurpose;
import org.amparo.db.jooq.tables.FactTMeans;
import org.amparo.db.jooq.tables.records.FactTRecord;
import org.amparo.facts.Evidence;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.TFacts;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** {@code t}: trafficking facts with the means and labor-purpose lists. */
final class TStore implements SectionStore {

    private static final FactT T = FACT_T;
    private static final FactTMeans MN = FACT_T_MEANS;
    private static final FactTLaborPurpose LP = FACT_T_LABOR_PURPOSE;
    private static final List<Field<?>> MAIN = List.of(T.CLIENT_ID, T.TRAFFICKING_TYPE, T.MEANS_KNOWN,
            T.COMMERCIAL_SEX_UNDER_18, T.LABOR_PURPOSE_KNOWN, T.AGE_AT_FIRST_TRAFFICKING_ACT,
            T.PRESENCE_ON_ACCOUNT_OF_TRAFFICKING, T.DEPARTED_US_AFTER_TRAFFICKING, T.REPORTED_TO_LEA, T.LEA_NAME,
            T.REASONABLE_REQUESTS, T.TRAUMA_EXCEPTION_EVIDENCE, T.EXTREME_HARDSHIP_EVIDENCE,
            T.CONTINUED_PRESENCE_GRANTED, T.CONTINUED_PRESENCE_DATE, T.I914_SUPP_B, T.FILED_DATE);
    private static final List<Field<?>> MEANS = List.of(MN.CLIENT_ID, MN.POSITION, MN.MEANS);
    private static final List<Field<?>> PURPOSE = List.of(LP.CLIENT_ID, LP.POSITION, LP.PURPOSE);

    @Override
    public FactSection section() {
        return FactSection.T;
    }

    @Override
    public List<Table<?>> tables() {
        return List.of(MN, LP, T);
    }

    @Override
    public Object valueOf(FactsDocument doc) {
        return doc.t();
    }

    @Override
    public void add(RowBatch rows, long clientId, Object value) {
        TFacts t = (TFacts) value;
        rows.add(T, MAIN, clientId, name(t.traffickingType()), t.means() != null, t.commercialSexUnder18(),
                t.laborPurpose() != null, t.ageAtFirstTraffickingAct(), t.presenceOnAccountOfTrafficking(),
                t.departedUsAfterTrafficking(), t.reportedToLea(), t.leaName(), name(t.reasonableRequests()),
                t.traumaExceptionEvidence(), name(t.extremeHardshipEvidence()), t.continuedPresenceGranted(),
                t.continuedPresenceDate(), t.i914SuppB(), t.filedDate());
        for (int i = 0; i < size(t.means()); i++) {
            rows.add(MN, MEANS, clientId, i, name(t.means().get(i)));
        }
        for (int i = 0; i < size(t.laborPurpose()); i++) {
            rows.add(LP, PURPOSE, clientId, i, name(t.laborPurpose().get(i)));
        }
    }

    @Override
    public Map<Long, Object> read(DSLContext ctx, Collection<Long> clientIds) {
        Map<Long, List<TFacts.Means>> means = Values.group(ctx.selectFrom(MN).where(idsIn(MN.CLIENT_ID, clientIds))
                .orderBy(MN.CLIENT_ID, MN.POSITION).fetch(), r -> r.getClientId(),
                r -> TFacts.Means.valueOf(r.getMeans()));
        Map<Long, List<TFacts.LaborPurpose>> purposes = Values.group(ctx.selectFrom(LP)
                .where(idsIn(LP.CLIENT_ID, clientIds)).orderBy(LP.CLIENT_ID, LP.POSITION).fetch(), r -> r.getClientId(),
                r -> TFacts.LaborPurpose.valueOf(r.getPurpose()));
        Map<Long, Object> out = new HashMap<>();
        for (FactTRecord r : ctx.selectFrom(T).where(idsIn(T.CLIENT_ID, clientIds)).fetch()) {
            long id = r.getClientId();
            out.put(id, new TFacts(parse(TFacts.TraffickingType.class, r.getTraffickingType()),
                    knownList(r.getMeansKnown(), means.get(id)), r.getCommercialSexUnder_18(),
                    knownList(r.getLaborPurposeKnown(), purposes.get(id)), r.getAgeAtFirstTraffickingAct(),
                    r.getPresenceOnAccountOfTrafficking(), r.getDepartedUsAfterTrafficking(), r.getReportedToLea(),
                    r.getLeaName(), parse(TFacts.ReasonableRequests.class, r.getReasonableRequests()),
                    r.getTraumaExceptionEvidence(), parse(Evidence.class, r.getExtremeHardshipEvidence()),
                    r.getContinuedPresenceGranted(), r.getContinuedPresenceDate(), r.getI914SuppB(),
                    r.getFiledDate()));
        }
        return out;
    }
}

package org.amparo.cases.data;

import static org.amparo.cases.data.Values.knownList;
import static org.amparo.cases.data.Values.name;
import static org.amparo.cases.data.Values.parse;
import static org.amparo.cases.data.Values.size;
import static org.amparo.db.jooq.Tables.FACT_CONVICTION;
import static org.amparo.db.jooq.Tables.FACT_CONVICTION_TAG;
import static org.amparo.db.jooq.Tables.FACT_CRIMINAL;
import static org.amparo.db.jooq.Tables.FACT_PENDING_CHARGE;
import static org.amparo.db.jooq.Tables.FACT_PENDING_CHARGE_TAG;
import static org.amparo.platform.db.IdConditions.idsIn;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.cases.FactSection;
import org.amparo.cases.data.Values.ChildKey;
import org.amparo.db.jooq.tables.FactConviction;
import org.amparo.db.jooq.tables.FactConvictionTag;
import org.amparo.db.jooq.tables.FactCriminal;
import org.amparo.db.jooq.tables.FactPendingCharge;
import org.amparo.db.jooq.tables.FactPendingChargeTag;
import org.amparo.db.jooq.tables.records.FactConvictionRecord;
import org.amparo.db.jooq.tables.records.FactCriminalRecord;
import org.amparo.facts.Criminal;
import org.amparo.facts.Criminal.Conviction;
import org.amparo.facts.Criminal.PendingCharge;
import org.amparo.facts.Criminal.Tag;
import org.amparo.facts.FactsDocument;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** {@code criminal}: convictions and pending charges, each with its tags. */
final class CriminalStore implements SectionStore {

    private static final FactCriminal C = FACT_CRIMINAL;
    private static final FactConviction V = FACT_CONVICTION;
    private static final FactConvictionTag VT = FACT_CONVICTION_TAG;
    private static final FactPendingCharge P = FACT_PENDING_CHARGE;
    private static final FactPendingChargeTag PT = FACT_PENDING_CHARGE_TAG;
    private static final List<Field<?>> MAIN = List.of(C.CLIENT_ID, C.CONVICTIONS_KNOWN, C.PENDING_CHARGES_KNOWN);
    private static final List<Field<?>> CONVICTION = List.of(V.CLIENT_ID, V.POSITION, V.OFFENSE_LABEL, V.STATUTE_CITE,
            V.JURISDICTION, V.CLASSIFICATION, V.CONVICTION_DATE, V.INCIDENT_ID, V.SENTENCE_IMPOSED_DAYS,
            V.CUSTODY_DAYS_ORDERED_TO_SERVE, V.SENTENCE_SUSPENDED, V.IMMIGRATION_STATUS_IS_ELEMENT,
            V.AGGRAVATED_FELONY, V.CIMT, V.TAGS_KNOWN, V.VACATED_OR_EXPUNGED, V.CONNECTED_TO_ABUSE);
    private static final List<Field<?>> CONVICTION_TAG = List.of(VT.CLIENT_ID, VT.CONVICTION_POSITION, VT.POSITION,
            VT.TAG);
    private static final List<Field<?>> CHARGE = List.of(P.CLIENT_ID, P.POSITION, P.OFFENSE_LABEL, P.TAGS_KNOWN,
            P.CHARGE_DATE, P.COURT, P.NEXT_COURT_DATE);
    private static final List<Field<?>> CHARGE_TAG = List.of(PT.CLIENT_ID, PT.CHARGE_POSITION, PT.POSITION, PT.TAG);

    @Override
    public FactSection section() {
        return FactSection.CRIMINAL;
    }

    @Override
    public List<Table<?>> tables() {
        return List.of(VT, V, PT, P, C);
    }

    @Override
    public Object valueOf(FactsDocument doc) {
        return doc.criminal();
    }

    @Override
    public void add(RowBatch rows, long clientId, Object value) {
        Criminal c = (Criminal) value;
        rows.add(C, MAIN, clientId, c.convictionOffenses() != null, c.pendingCharges() != null);
        for (int i = 0; i < size(c.convictionOffenses()); i++) {
            Conviction v = c.convictionOffenses().get(i);
            rows.add(V, CONVICTION, clientId, i, v.offenseLabel(), v.statuteCite(), name(v.jurisdiction()),
                    name(v.classification()), v.convictionDate(), v.incidentId(), v.sentenceImposedDays(),
                    v.custodyDaysOrderedToServe(), v.sentenceSuspended(), v.immigrationStatusIsElement(),
                    name(v.aggravatedFelony()), name(v.cimt()), v.tags() != null, v.vacatedOrExpunged(),
                    v.connectedToAbuse());
            for (int t = 0; t < size(v.tags()); t++) {
                rows.add(VT, CONVICTION_TAG, clientId, i, t, name(v.tags().get(t)));
            }
        }
        for (int i = 0; i < size(c.pendingCharges()); i++) {
            PendingCharge p = c.pendingCharges().get(i);
            rows.add(P, CHARGE, clientId, i, p.offenseLabel(), p.tags() != null, p.chargeDate(), p.court(),
                    p.nextCourtDate());
            for (int t = 0; t < size(p.tags()); t++) {
                rows.add(PT, CHARGE_TAG, clientId, i, t, name(p.tags().get(t)));
            }
        }
    }

    @Override
    public Map<Long, Object> read(DSLContext ctx, Collection<Long> clientIds) {
        Map<Long, List<Conviction>> convictions = convictions(ctx, clientIds);
        Map<Long, List<PendingCharge>> charges = charges(ctx, clientIds);
        Map<Long, Object> out = new HashMap<>();
        for (FactCriminalRecord r : ctx.selectFrom(C).where(idsIn(C.CLIENT_ID, clientIds)).fetch()) {
            long id = r.getClientId();
            out.put(id, new Criminal(knownList(r.getConvictionsKnown(), convictions.get(id)),
                    knownList(r.getPendingChargesKnown(), charges.get(id))));
        }
        return out;
    }

    private static Map<Long, List<Conviction>> convictions(DSLContext ctx, Collection<Long> clientIds) {
        Map<ChildKey, List<Tag>> tags = Values.group(ctx.selectFrom(VT).where(idsIn(VT.CLIENT_ID, clientIds))
                .orderBy(VT.CLIENT_ID, VT.CONVICTION_POSITION, VT.POSITION).fetch(),
                r -> new ChildKey(r.getClientId(), r.getConvictionPosition()), r -> Tag.valueOf(r.getTag()));
        return Values.group(ctx.selectFrom(V).where(idsIn(V.CLIENT_ID, clientIds)).orderBy(V.CLIENT_ID, V.POSITION)
                .fetch(), FactConvictionRecord::getClientId,
                r -> toConviction(r, tags.get(new ChildKey(r.getClientId(), r.getPosition()))));
    }

    private static Conviction toConviction(FactConvictionRecord r, List<Tag> tags) {
        return new Conviction(r.getOffenseLabel(), r.getStatuteCite(),
                parse(Criminal.Jurisdiction.class, r.getJurisdiction()),
                parse(Criminal.Classification.class, r.getClassification()), r.getConvictionDate(),
                r.getIncidentId(), r.getSentenceImposedDays(), r.getCustodyDaysOrderedToServe(),
                r.getSentenceSuspended(), r.getImmigrationStatusIsElement(),
                parse(Criminal.Tristate.class, r.getAggravatedFelony()), parse(Criminal.Tristate.class, r.getCimt()),
                knownList(r.getTagsKnown(), tags), r.getVacatedOrExpunged(), r.getConnectedToAbuse());
    }

    private static Map<Long, List<PendingCharge>> charges(DSLContext ctx, Collection<Long> clientIds) {
        Map<ChildKey, List<Tag>> tags = Values.group(ctx.selectFrom(PT).where(idsIn(PT.CLIENT_ID, clientIds))
                .orderBy(PT.CLIENT_ID, PT.CHARGE_POSITION, PT.POSITION).fetch(),
                r -> new ChildKey(r.getClientId(), r.getChargePosition()), r -> Tag.valueOf(r.getTag()));
        return Values.group(ctx.selectFrom(P).where(idsIn(P.CLIENT_ID, clientIds)).orderBy(P.CLIENT_ID, P.POSITION)
                .fetch(), r -> r.getClientId(),
                r -> new PendingCharge(r.getOffenseLabel(),
                        knownList(r.getTagsKnown(), tags.get(new ChildKey(r.getClientId(), r.getPosition()))),
                        r.getChargeDate(), r.getCourt(), r.getNextCourtDate()));
    }
}

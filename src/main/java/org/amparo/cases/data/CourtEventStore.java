package org.amparo.cases.data;

import static org.amparo.cases.data.Values.knownList;
import static org.amparo.cases.data.Values.name;
import static org.amparo.cases.data.Values.parse;
import static org.amparo.cases.data.Values.size;
import static org.amparo.db.jooq.Tables.FACT_COURT_EVENT;
import static org.amparo.db.jooq.Tables.FACT_COURT_EVENT_287G;
import static org.amparo.platform.db.IdConditions.idsIn;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.cases.FactSection;
import org.amparo.cases.data.Values.ChildKey;
import org.amparo.db.jooq.tables.FactCourtEvent;
import org.amparo.db.jooq.tables.FactCourtEvent_287g;
import org.amparo.db.jooq.tables.records.FactCourtEventRecord;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.CourtEvent.Model287g;
import org.amparo.facts.FactsDocument;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** {@code court_events[]} with each event's county 287(g) models. */
final class CourtEventStore implements SectionStore {

    private static final FactCourtEvent E = FACT_COURT_EVENT;
    private static final FactCourtEvent_287g G = FACT_COURT_EVENT_287G;
    private static final List<Field<?>> EVENT = List.of(E.CLIENT_ID, E.POSITION, E.REF, E.EVENT_DATE, E.COURT_TYPE,
            E.COURTHOUSE, E.COUNTY, E.STATE, E.CLIENT_ROLE, E.CASE_RELATES_TO_DV_SA_TRAFFICKING_STALKING,
            E.REMOTE_APPEARANCE_AVAILABLE, E.ATTORNEY_ACCOMPANYING, E.ABUSER_KNOWS_DATE,
            E.ABUSER_THREATENED_IMMIGRATION_REPORT, E.MODELS_KNOWN, E.RECENT_ICE_ACTIVITY_REPORTS);
    private static final List<Field<?>> MODEL = List.of(G.CLIENT_ID, G.EVENT_POSITION, G.POSITION, G.MODEL);

    @Override
    public FactSection section() {
        return FactSection.COURT_EVENTS;
    }

    @Override
    public List<Table<?>> tables() {
        return List.of(G, E);
    }

    @Override
    public Object valueOf(FactsDocument doc) {
        return doc.courtEvents();
    }

    @Override
    public Object whenNoRows() {
        return List.of();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void add(RowBatch rows, long clientId, Object value) {
        List<CourtEvent> events = (List<CourtEvent>) value;
        for (int i = 0; i < events.size(); i++) {
            CourtEvent e = events.get(i);
            rows.add(E, EVENT, clientId, i, e.ref(), e.date(), name(e.courtType()), e.courthouse(), e.county(),
                    e.state(), name(e.clientRole()), e.caseRelatesToDvSaTraffickingStalking(),
                    e.remoteAppearanceAvailable(), e.attorneyAccompanying(), e.abuserKnowsDate(),
                    e.abuserThreatenedImmigrationReport(), e.county287gModels() != null,
                    e.recentIceActivityReports());
            for (int m = 0; m < size(e.county287gModels()); m++) {
                rows.add(G, MODEL, clientId, i, m, name(e.county287gModels().get(m)));
            }
        }
    }

    @Override
    public Map<Long, Object> read(DSLContext ctx, Collection<Long> clientIds) {
        Map<ChildKey, List<Model287g>> models = Values.group(ctx.selectFrom(G).where(idsIn(G.CLIENT_ID, clientIds))
                .orderBy(G.CLIENT_ID, G.EVENT_POSITION, G.POSITION).fetch(),
                r -> new ChildKey(r.getClientId(), r.getEventPosition()), r -> Model287g.valueOf(r.getModel()));
        return new HashMap<>(Values.group(ctx.selectFrom(E).where(idsIn(E.CLIENT_ID, clientIds))
                .orderBy(E.CLIENT_ID, E.POSITION).fetch(), FactCourtEventRecord::getClientId,
                r -> event(r, models.get(new ChildKey(r.getClientId(), r.getPosition())))));
    }

    private static CourtEvent event(FactCourtEventRecord r, List<Model287g> models) {
        return new CourtEvent(r.getRef(), r.getEventDate(), parse(CourtEvent.CourtType.class, r.getCourtType()),
                r.getCourthouse(), r.getCounty(), r.getState(), parse(CourtEvent.ClientRole.class, r.getClientRole()),
                r.getCaseRelatesToDvSaTraffickingStalking(), r.getRemoteAppearanceAvailable(),
                r.getAttorneyAccompanying(), r.getAbuserKnowsDate(), r.getAbuserThreatenedImmigrationReport(),
                knownList(r.getModelsKnown(), models), r.getRecentIceActivityReports());
    }
}

package org.amparo.cases.data;

import static org.amparo.cases.data.Values.knownList;
import static org.amparo.cases.data.Values.name;
import static org.amparo.cases.data.Values.parse;
import static org.amparo.cases.data.Values.size;
import static org.amparo.db.jooq.Tables.FACT_IMMIGRATION;
import static org.amparo.db.jooq.Tables.FACT_PRIOR_REMOVAL;
import static org.amparo.platform.db.IdConditions.idsIn;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.cases.FactSection;
import org.amparo.db.jooq.tables.FactImmigration;
import org.amparo.db.jooq.tables.FactPriorRemoval;
import org.amparo.db.jooq.tables.records.FactImmigrationRecord;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Immigration;
import org.amparo.facts.Immigration.PriorRemoval;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** {@code immigration} and its prior removals. */
final class ImmigrationStore implements SectionStore {

    private static final FactImmigration I = FACT_IMMIGRATION;
    private static final FactPriorRemoval R = FACT_PRIOR_REMOVAL;
    private static final List<Field<?>> MAIN = List.of(I.CLIENT_ID, I.ENTRY_MANNER, I.VISA_CLASS_AT_ENTRY,
            I.LAST_ENTRY_DATE, I.APPREHENDED_AT_BORDER_OR_POE, I.BORDER_APPREHENSION_DATE, I.CONTINUOUS_PRESENCE_SINCE,
            I.CURRENT_STATUS, I.REMOVAL_PROCEEDINGS_PENDING, I.NTA_DATE, I.HAS_FINAL_REMOVAL_ORDER, I.FINAL_ORDER_DATE,
            I.FINAL_ORDER_TYPE, I.DEPARTED_AFTER_ORDER, I.ORDER_OF_SUPERVISION, I.PRIOR_REMOVALS_KNOWN,
            I.REENTERED_AFTER_REMOVAL, I.DETAINER_LODGED, I.UNACCOMPANIED_CHILD_DESIGNATION);
    private static final List<Field<?>> REMOVAL = List.of(R.CLIENT_ID, R.POSITION, R.REMOVAL_DATE, R.REMOVAL_TYPE);

    @Override
    public FactSection section() {
        return FactSection.IMMIGRATION;
    }

    @Override
    public List<Table<?>> tables() {
        return List.of(R, I);
    }

    @Override
    public Object valueOf(FactsDocument doc) {
        return doc.immigration();
    }

    @Override
    public void add(RowBatch rows, long clientId, Object value) {
        Immigration m = (Immigration) value;
        rows.add(I, MAIN, clientId, name(m.entryManner()), m.visaClassAtEntry(), m.lastEntryDate(),
                m.apprehendedAtBorderOrPoe(), m.borderApprehensionDate(), m.continuousPresenceSince(),
                name(m.currentStatus()), m.removalProceedingsPending(), m.ntaDate(), m.hasFinalRemovalOrder(),
                m.finalOrderDate(), name(m.finalOrderType()), m.departedAfterOrder(), m.orderOfSupervision(),
                m.priorRemovals() != null, m.reenteredAfterRemoval(), m.detainerLodged(),
                m.unaccompaniedChildDesignation());
        for (int i = 0; i < size(m.priorRemovals()); i++) {
            PriorRemoval r = m.priorRemovals().get(i);
            rows.add(R, REMOVAL, clientId, i, r.date(), r.type());
        }
    }

    @Override
    public Map<Long, Object> read(DSLContext ctx, Collection<Long> clientIds) {
        Map<Long, List<PriorRemoval>> removals = Values.group(ctx.selectFrom(R).where(idsIn(R.CLIENT_ID, clientIds))
                .orderBy(R.CLIENT_ID, R.POSITION).fetch(), r -> r.getClientId(),
                r -> new PriorRemoval(r.getRemovalDate(), r.getRemovalType()));
        Map<Long, Object> out = new HashMap<>();
        for (FactImmigrationRecord r : ctx.selectFrom(I).where(idsIn(I.CLIENT_ID, clientIds)).fetch()) {
            out.put(r.getClientId(), toImmigration(r, removals.get(r.getClientId())));
        }
        return out;
    }

    private static Immigration toImmigration(FactImmigrationRecord r, List<PriorRemoval> removals) {
        return new Immigration(parse(Immigration.EntryManner.class, r.getEntryManner()), r.getVisaClassAtEntry(),
                r.getLastEntryDate(), r.getApprehendedAtBorderOrPoe(), r.getBorderApprehensionDate(),
                r.getContinuousPresenceSince(), parse(Immigration.CurrentStatus.class, r.getCurrentStatus()),
                r.getRemovalProceedingsPending(), r.getNtaDate(), r.getHasFinalRemovalOrder(), r.getFinalOrderDate(),
                parse(Immigration.FinalOrderType.class, r.getFinalOrderType()), r.getDepartedAfterOrder(),
                r.getOrderOfSupervision(), knownList(r.getPriorRemovalsKnown(), removals),
                r.getReenteredAfterRemoval(), r.getDetainerLodged(), r.getUnaccompaniedChildDesignation());
    }
}

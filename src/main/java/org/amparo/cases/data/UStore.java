package org.amparo.cases.data;

import static org.amparo.cases.data.Values.knownList;
import static org.amparo.cases.data.Values.name;
import static org.amparo.cases.data.Values.parse;
import static org.amparo.cases.data.Values.size;
import static org.amparo.db.jooq.Tables.FACT_U;
import static org.amparo.db.jooq.Tables.FACT_U_CERTIFICATION;
import static org.amparo.db.jooq.Tables.FACT_U_CRIME;
import static org.amparo.db.jooq.Tables.FACT_U_CRIME_MODIFIER;
import static org.amparo.platform.db.IdConditions.idsIn;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.cases.FactSection;
import org.amparo.cases.data.Values.ChildKey;
import org.amparo.db.jooq.tables.FactU;
import org.amparo.db.jooq.tables.FactUCertification;
import org.amparo.db.jooq.tables.FactUCrime;
import org.amparo.db.jooq.tables.FactUCrimeModifier;
import org.amparo.db.jooq.tables.records.FactURecord;
import org.amparo.db.jooq.tables.records.FactUCertificationRecord;
import org.amparo.facts.Evidence;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.UFacts;
import org.amparo.facts.UFacts.Certification;
import org.amparo.facts.UFacts.Crime;
import org.amparo.facts.UFacts.Modifier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** {@code u}: the qualifying crimes (with modifiers) and the law-enforcement certification. */
final class UStore implements SectionStore {

    private static final FactU U = FACT_U;
    private static final FactUCrime CR = FACT_U_CRIME;
    private static final FactUCrimeModifier M = FACT_U_CRIME_MODIFIER;
    private static final FactUCertification CE = FACT_U_CERTIFICATION;
    private static final List<Field<?>> MAIN = List.of(U.CLIENT_ID, U.CRIMES_KNOWN, U.VICTIM_ROLE,
            U.DIRECT_VICTIM_STATUS, U.DIRECT_VICTIM_AGE_AT_CRIME, U.RELATIONSHIP_TO_DIRECT_VICTIM,
            U.SUBSTANTIAL_ABUSE_EVIDENCE, U.HAS_INFORMATION_ABOUT_CRIME, U.HELPFULNESS, U.REPORTED_TO,
            U.PLANNED_FILING_DATE, U.FILED_DATE);
    private static final List<Field<?>> CRIME = List.of(CR.CLIENT_ID, CR.POSITION, CR.CRIME_TYPE, CR.MODIFIERS_KNOWN,
            CR.CRIME_DATE, CR.LOCATION_US, CR.VIOLATED_US_EXTRATERRITORIAL_LAW);
    private static final List<Field<?>> MODIFIER = List.of(M.CLIENT_ID, M.CRIME_POSITION, M.POSITION, M.MODIFIER);
    private static final List<Field<?>> CERTIFICATION = List.of(CE.CLIENT_ID, CE.AGENCY, CE.OFFICIAL_TITLE,
            CE.SIGNED_DATE, CE.ORIGINAL_HELD);

    @Override
    public FactSection section() {
        return FactSection.U;
    }

    @Override
    public List<Table<?>> tables() {
        return List.of(M, CR, CE, U);
    }

    @Override
    public Object valueOf(FactsDocument doc) {
        return doc.u();
    }

    @Override
    public void add(RowBatch rows, long clientId, Object value) {
        UFacts u = (UFacts) value;
        rows.add(U, MAIN, clientId, u.crimes() != null, name(u.victimRole()), name(u.directVictimStatus()),
                u.directVictimAgeAtCrime(), u.relationshipToDirectVictim(), name(u.substantialAbuseEvidence()),
                u.hasInformationAboutCrime(), name(u.helpfulness()), u.reportedTo(), u.plannedFilingDate(),
                u.filedDate());
        for (int i = 0; i < size(u.crimes()); i++) {
            Crime c = u.crimes().get(i);
            rows.add(CR, CRIME, clientId, i, c.crimeType(), c.modifiers() != null, c.date(), c.locationUs(),
                    c.violatedUsExtraterritorialLaw());
            for (int m = 0; m < size(c.modifiers()); m++) {
                rows.add(M, MODIFIER, clientId, i, m, name(c.modifiers().get(m)));
            }
        }
        Certification cert = u.certification();
        if (cert != null) {
            rows.add(CE, CERTIFICATION, clientId, cert.agency(), cert.officialTitle(), cert.signedDate(),
                    cert.originalHeld());
        }
    }

    @Override
    public Map<Long, Object> read(DSLContext ctx, Collection<Long> clientIds) {
        Map<ChildKey, List<Modifier>> modifiers = Values.group(ctx.selectFrom(M).where(idsIn(M.CLIENT_ID, clientIds))
                .orderBy(M.CLIENT_ID, M.CRIME_POSITION, M.POSITION).fetch(),
                r -> new ChildKey(r.getClientId(), r.getCrimePosition()), r -> Modifier.valueOf(r.getModifier()));
        Map<Long, List<Crime>> crimes = Values.group(ctx.selectFrom(CR).where(idsIn(CR.CLIENT_ID, clientIds))
                .orderBy(CR.CLIENT_ID, CR.POSITION).fetch(), r -> r.getClientId(),
                r -> new Crime(r.getCrimeType(), knownList(r.getModifiersKnown(),
                        modifiers.get(new ChildKey(r.getClientId(), r.getPosition()))), r.getCrimeDate(),
                        r.getLocationUs(), r.getViolatedUsExtraterritorialLaw()));
        Map<Long, Certification> certs = new HashMap<>();
        for (FactUCertificationRecord r : ctx.selectFrom(CE).where(idsIn(CE.CLIENT_ID, clientIds)).fetch()) {
            certs.put(r.getClientId(), new Certification(r.getAgency(), r.getOfficialTitle(), r.getSignedDate(),
                    r.getOriginalHeld()));
        }
        Map<Long, Object> out = new HashMap<>();
        for (FactURecord r : ctx.selectFrom(U).where(idsIn(U.CLIENT_ID, clientIds)).fetch()) {
            long id = r.getClientId();
            out.put(id, new UFacts(knownList(r.getCrimesKnown(), crimes.get(id)),
                    parse(UFacts.VictimRole.class, r.getVictimRole()),
                    parse(UFacts.DirectVictimStatus.class, r.getDirectVictimStatus()), r.getDirectVictimAgeAtCrime(),
                    r.getRelationshipToDirectVictim(), parse(Evidence.class, r.getSubstantialAbuseEvidence()),
                    r.getHasInformationAboutCrime(), parse(UFacts.Helpfulness.class, r.getHelpfulness()),
                    r.getReportedTo(), certs.get(id), r.getPlannedFilingDate(), r.getFiledDate()));
        }
        return out;
    }
}

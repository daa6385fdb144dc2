package org.amparo.cases.data;

import static org.amparo.cases.data.Values.name;
import static org.amparo.cases.data.Values.parse;
import static org.amparo.db.jooq.Tables.FACT_FAMILY_MEMBER;
import static org.amparo.platform.db.IdConditions.idsIn;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.cases.FactSection;
import org.amparo.db.jooq.tables.FactFamilyMember;
import org.amparo.db.jooq.tables.records.FactFamilyMemberRecord;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FamilyMember;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** {@code family_members[]}. */
final class FamilyStore implements SectionStore {

    private static final FactFamilyMember F = FACT_FAMILY_MEMBER;
    private static final List<Field<?>> MEMBER = List.of(F.CLIENT_ID, F.POSITION, F.REF, F.RELATIONSHIP,
            F.GIVEN_NAME, F.DOB, F.MARITAL_STATUS, F.LOCATION, F.CITIZENSHIP, F.PERPETRATOR_OF_CRIME, F.IS_ABUSER,
            F.RETALIATION_DANGER);

    @Override
    public FactSection section() {
        return FactSection.FAMILY;
    }

    @Override
    public List<Table<?>> tables() {
        return List.of(F);
    }

    @Override
    public Object valueOf(FactsDocument doc) {
        return doc.familyMembers();
    }

    @Override
    public Object whenNoRows() {
        return List.of();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void add(RowBatch rows, long clientId, Object value) {
        List<FamilyMember> members = (List<FamilyMember>) value;
        for (int i = 0; i < members.size(); i++) {
            FamilyMember m = members.get(i);
            rows.add(F, MEMBER, clientId, i, m.ref(), name(m.relationship()), m.givenName(), m.dob(),
                    name(m.maritalStatus()), name(m.location()), name(m.citizenship()), m.perpetratorOfCrime(),
                    m.isAbuser(), m.retaliationDanger());
        }
    }

    @Override
    public Map<Long, Object> read(DSLContext ctx, Collection<Long> clientIds) {
        return new HashMap<>(Values.group(ctx.selectFrom(F).where(idsIn(F.CLIENT_ID, clientIds))
                .orderBy(F.CLIENT_ID, F.POSITION).fetch(), FactFamilyMemberRecord::getClientId, FamilyStore::member));
    }

    private static FamilyMember member(FactFamilyMemberRecord r) {
        return new FamilyMember(r.getRef(), parse(FamilyMember.Relationship.class, r.getRelationship()),
                r.getGivenName(), r.getDob(), parse(FamilyMember.MaritalStatus.class, r.getMaritalStatus()),
                parse(FamilyMember.Location.class, r.getLocation()),
                parse(FamilyMember.Citizenship.class, r.getCitizenship()), r.getPerpetratorOfCrime(), r.getIsAbuser(),
                r.getRetaliationDanger());
    }
}

package org.amparo.cases.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.clients.data.ClientRepository;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FamilyMember;
import org.amparo.facts.Person;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.IdConditions;
import org.amparo.platform.db.TestDatabases;
import org.amparo.screening.SyntheticFacts;
import org.junit.jupiter.api.Test;

/**
 * Reading many clients' facts at once as an id range (dense ids) gives exactly what reading them by id list (sparse
 * ids) and one by one give: unknown, false and empty lists kept apart, other clients in the range left out.
 */
class FactsRangeReadTest {

    private final Database db = TestDatabases.freshInMemory();
    private final FactsRepository facts = new FactsRepository(db);

    @Test
    void rangeReadsAndIdListReadsAndSingleReadsAgree() {
        List<Long> ids = store(400);

        Map<Long, StoredFacts> dense = facts.read(ids);
        List<Long> everyThird = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 3) {
            everyThird.add(ids.get(i));
        }
        Map<Long, StoredFacts> sparse = facts.read(everyThird);
        List<Long> middle = ids.subList(100, 200);
        Map<Long, StoredFacts> part = facts.read(middle);

        assertThat(IdConditions.isDense(ids.get(0), ids.get(ids.size() - 1), ids.size())).isTrue();
        assertThat(IdConditions.isDense(everyThird.get(0), everyThird.get(everyThird.size() - 1), everyThird.size()))
                .isFalse();
        assertThat(dense.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(sparse.keySet()).containsExactlyInAnyOrderElementsOf(everyThird);
        assertThat(part.keySet()).containsExactlyInAnyOrderElementsOf(middle);
        for (Long id : ids) {
            StoredFacts one = facts.read(List.of(id)).get(id);
            assertThat(dense.get(id)).as("client %d in a range", id).isEqualTo(one);
            if (sparse.containsKey(id)) {
                assertThat(sparse.get(id)).as("client %d by id list", id).isEqualTo(one);
            }
            if (part.containsKey(id)) {
                assertThat(part.get(id)).as("client %d in a sub-range", id).isEqualTo(one);
            }
        }
    }

    @Test
    void unknownFalseAndEmptyListsStayApartInARangeRead() {
        List<FactsDocument> docs = new ArrayList<>();
        docs.add(doc(null, null));
        docs.add(doc(List.of(), List.of()));
        FactsDocument known = new SyntheticFacts(5, 0.0).next(1);
        docs.add(known);
        List<Long> ids = storeAll(docs);

        Map<Long, StoredFacts> read = facts.read(ids);

        FactsDocument unknown = read.get(ids.get(0)).toDocument("r", null);
        FactsDocument empty = read.get(ids.get(1)).toDocument("r", null);
        assertThat(unknown.familyMembers()).isNull();
        assertThat(unknown.courtEvents()).isNull();
        assertThat(unknown.immigration()).isNull();
        assertThat(empty.familyMembers()).isEmpty();
        assertThat(empty.courtEvents()).isEmpty();
        assertThat(read.get(ids.get(2)).toDocument("r", null).familyMembers())
                .isEqualTo(known.familyMembers());
    }

    private static FactsDocument doc(List<FamilyMember> family, List<CourtEvent> events) {
        return new FactsDocument(FactsDocument.SCHEMA_ID, "r", null, null, null, null, null, null, null, null, family,
                events, null, null, null, null, null);
    }

    /** Stores {@code n} synthetic documents, half mostly known and half mostly unknown; returns the client ids. */
    private List<Long> store(int n) {
        SyntheticFacts mostlyKnown = new SyntheticFacts(21, 0.1);
        SyntheticFacts halfUnknown = new SyntheticFacts(22, 0.5);
        List<FactsDocument> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(i % 2 == 0 ? mostlyKnown.next(i) : halfUnknown.next(i));
        }
        return storeAll(docs);
    }

    private List<Long> storeAll(List<FactsDocument> docs) {
        ClientRepository clients = new ClientRepository(db);
        Map<Long, FactsDocument> byClient = new LinkedHashMap<>();
        for (FactsDocument d : docs) {
            Person p = new Person("Prueba", "Ejemplo", null, List.of(), null, null, List.of(), List.of(), null,
                    List.of(), List.of(), null, null);
            byClient.put(clients.insert(p, "test").id(), d);
        }
        facts.insertAll(byClient, "test");
        return new ArrayList<>(byClient.keySet());
    }
}

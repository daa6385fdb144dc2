package org.amparo.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.facts.FactsDocument;
import org.amparo.screening.SyntheticFacts;
import org.junit.jupiter.api.Test;

/** Import then read back: every document comes back equal (but for ref and as_of), unknowns still unknown. */
class FactsRoundTripTest {

    private final CaseStoreFixture f = new CaseStoreFixture();

    @Test
    void importedDocumentsComeBackEqualThroughFactsAndTheOpenCaseStream() {
        List<FactsDocument> docs = new ArrayList<>(EdgeCaseFacts.all());
        SyntheticFacts mostlyKnown = new SyntheticFacts(11, 0.1);
        SyntheticFacts halfUnknown = new SyntheticFacts(12, 0.5);
        for (int i = 0; i < 300; i++) {
            docs.add(mostlyKnown.next(i));
            docs.add(halfUnknown.next(1000 + i));
        }

        List<ImportedCase> imported = f.service.importDocuments(docs, "main");

        assertThat(imported).hasSize(docs.size());
        Map<Long, FactsDocument> expected = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            ImportedCase ic = imported.get(i);
            assertThat(ic.ref()).isEqualTo(docs.get(i).ref());
            FactsDocument want = asStored(docs.get(i), ic.clientId());
            expected.put(ic.caseId(), want);
            assertThat(f.service.facts(ic.clientId()).facts()).as(docs.get(i).ref()).isEqualTo(want);
        }
        Map<Long, FactsDocument> streamed = new HashMap<>();
        f.service.forEachOpenCase(37, chunk -> chunk.forEach(c -> streamed.put(c.caseId(), c.facts())));
        assertThat(streamed).isEqualTo(expected);
    }

    @Test
    void edgeCasesKeepUnknownFalseAndEmptyApart() {
        List<FactsDocument> docs = EdgeCaseFacts.all();
        List<ImportedCase> imported = f.service.importDocuments(docs, "main");

        FactsDocument nothing = f.service.facts(imported.get(0).clientId()).facts();
        assertThat(nothing.immigration()).isNull();
        assertThat(nothing.familyMembers()).isNull();
        assertThat(nothing.factsSources()).isNull();
        FactsDocument empty = f.service.facts(imported.get(1).clientId()).facts();
        assertThat(empty.immigration()).isNotNull();
        assertThat(empty.immigration().priorRemovals()).isNull();
        assertThat(empty.criminal().convictionOffenses()).isNull();
        FactsDocument lists = f.service.facts(imported.get(2).clientId()).facts();
        assertThat(lists.immigration().priorRemovals()).isEmpty();
        assertThat(lists.criminal().convictionOffenses()).isEmpty();
        assertThat(lists.familyMembers()).isEmpty();
        assertThat(lists.factsSources()).isEmpty();
        FactsDocument nested = f.service.facts(imported.get(4).clientId()).facts();
        assertThat(nested.criminal().convictionOffenses().get(0).tags()).isNull();
        assertThat(nested.criminal().convictionOffenses().get(1).tags()).isEmpty();
        assertThat(nested.criminal().pendingCharges()).isNull();
        assertThat(nested.courtEvents().get(0).county287gModels()).isNull();
        assertThat(nested.courtEvents().get(1).county287gModels()).isEmpty();
        FactsDocument allFalse = f.service.facts(imported.get(3).clientId()).facts();
        assertThat(allFalse.immigration().removalProceedingsPending()).isFalse();
        assertThat(allFalse.conduct().voluntaryReturns()).isZero();
    }

    @Test
    void importedClientsGetIntakeCasesWithNumbersOfTheYear() {
        List<ImportedCase> imported = f.service.importDocuments(EdgeCaseFacts.all().subList(0, 2), "main");

        CaseInfo first = f.service.findCase(imported.get(0).caseId()).orElseThrow();
        assertThat(first.status()).isEqualTo(CaseStatus.INTAKE);
        assertThat(first.caseNumber()).isEqualTo("2026-0001");
        assertThat(first.program()).isEqualTo("main");
        assertThat(f.service.findCase(imported.get(1).caseId()).orElseThrow().caseNumber()).isEqualTo("2026-0002");
    }

    /** What the store gives back: the client's own ref, no as_of; everything else as imported. */
    static FactsDocument asStored(FactsDocument d, long clientId) {
        return new FactsDocument(d.schema(), "client-" + clientId, null, d.person(), d.immigration(), d.criminal(),
                d.conduct(), d.u(), d.t(), d.vawa(), d.familyMembers(), d.courtEvents(), d.iceCheckins(), d.asylum(),
                d.sijs(), d.factsSources(), d.extensions());
    }
}

package org.amparo.cases;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.amparo.facts.FactsDocument;
import org.amparo.screening.SyntheticFacts;
import org.amparo.security.AccessControl;

/**
 * Demo cases: synthetic, obviously fictional clients ("Demo Ejemplo-…") whose facts cover the screening paths, stored
 * as cases of the signed-in user's program so the caseload, case view, calendar and summaries have something to show.
 * Four in five are open and assigned to her; the rest stay at intake. Only for demo vaults.
 */
final class SyntheticDemoCases implements DemoCases {

    private static final double UNKNOWN_RATE = 0.25;

    private final CaseService cases;
    private final AccessControl access;

    @Inject
    SyntheticDemoCases(CaseService cases, AccessControl access) {
        this.cases = cases;
        this.access = access;
    }

    @Override
    public List<Long> add(int count, long seed) throws org.amparo.clients.StaleEditException {
        SyntheticFacts generator = new SyntheticFacts(seed, UNKNOWN_RATE);
        List<FactsDocument> documents = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        for (int i = 0; documents.size() < count; i++) {
            FactsDocument d = generator.next(i);
            if (refs.add(d.ref())) {
                documents.add(new FactsDocument(d.schema(), d.ref(), null, d.person(), d.immigration(), d.criminal(),
                        d.conduct(), d.u(), d.t(), d.vawa(), d.familyMembers(), d.courtEvents(), d.iceCheckins(),
                        d.asylum(), d.sijs(), d.factsSources(), d.extensions()));
            }
        }
        String user = access.current().name();
        List<Long> ids = new ArrayList<>();
        List<ImportedCase> imported = cases.importDocuments(documents, access.current().program());
        for (int i = 0; i < imported.size(); i++) {
            long caseId = imported.get(i).caseId();
            ids.add(caseId);
            if (i % 5 != 4) {
                CaseInfo info = cases.findCase(caseId).orElseThrow();
                cases.saveCase(new CaseInfo(info.id(), info.clientId(), info.caseNumber(), info.reliefPursued(),
                        CaseStatus.OPEN, user, info.assignedAttorney(), info.program(), info.openedOn(),
                        info.closedOn(), info.version()));
            }
        }
        return ids;
    }
}

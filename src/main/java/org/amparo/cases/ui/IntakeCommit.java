package org.amparo.cases.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.FactSection;
import org.amparo.cases.FactsSnapshot;
import org.amparo.clients.Client;
import org.amparo.clients.ClientService;
import org.amparo.clients.StaleEditException;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.amparo.facts.Person;

/**
 * Finishing an intake (blocking; run off the FX thread): her contact answers go to her client record, every section
 * whose answers differ from what was stored is saved with its version, the case becomes OPEN and the draft is
 * cleared. A stale version stops it with {@link StaleEditException}; the draft stays.
 */
final class IntakeCommit {

    private final CaseService cases;
    private final ClientService clients;
    private final CaseInfo info;
    private final Client client;
    private final FactsSnapshot stored;
    private final ObjectNode answers;

    IntakeCommit(CaseService cases, ClientService clients, CaseInfo info, Client client, FactsSnapshot stored,
                 ObjectNode answers) {
        this.cases = cases;
        this.clients = clients;
        this.info = info;
        this.client = client;
        this.stored = stored;
        this.answers = answers;
    }

    CaseInfo run() throws Exception {
        savePerson();
        ObjectNode before = FactsJson.mapper().valueToTree(stored.facts());
        FactsDocument document = FactsJson.mapper().treeToValue(withoutPerson(), FactsDocument.class);
        for (FactSection section : CaseViewModel.SECTIONS) {
            String path = CaseSection.rootPath(section);
            JsonNode now = FactsTree.known(FactsTree.get(answers, path));
            if (!now.equals(FactsTree.known(FactsTree.get(before, path)))) {
                cases.saveSection(info.clientId(), section, document, stored.version(section));
            }
        }
        CaseInfo opened = cases.saveCase(new CaseInfo(info.id(), info.clientId(), info.caseNumber(),
                info.reliefPursued(), CaseStatus.OPEN, info.assignedAdvocate(), info.assignedAttorney(),
                info.program(), info.openedOn(), info.closedOn(), info.version()));
        try {
            cases.clearIntakeDraft(info.id());
        } catch (UnsupportedOperationException e) {
            // the store keeps no drafts yet: nothing to clear
        }
        return opened;
    }

    private ObjectNode withoutPerson() {
        ObjectNode copy = answers.deepCopy();
        copy.set("person", FactsJson.mapper().valueToTree(client.person()));
        return copy;
    }

    /** Copies the intake's person answers (preferred name, birth date, safe-contact notes) into her record. */
    private void savePerson() throws Exception {
        ObjectNode person = FactsJson.mapper().valueToTree(client.person());
        boolean changed = false;
        for (FactField field : FactCatalogue.standard().stepFields(IntakeStep.ABOUT_HER)) {
            String key = field.path().substring("$.person.".length());
            JsonNode answer = FactsTree.get(answers, field.path());
            JsonNode old = person.get(key);
            if (!FactsTree.known(answer).equals(FactsTree.known(old))) {
                person.set(key, answer);
                changed = true;
            }
        }
        if (changed) {
            clients.save(new Client(client.id(), client.version(),
                    FactsJson.mapper().treeToValue(person, Person.class)));
        }
    }
}

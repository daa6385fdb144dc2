package org.amparo.cases.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.FactSection;
import org.amparo.cases.FactsSnapshot;
import org.amparo.cases.IntakeFinish;
import org.amparo.clients.Client;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.amparo.facts.Person;

/**
 * What finishing an intake stores, worked out from her answers: her contact answers go to her client record, and
 * every section whose answers differ from what is stored now is saved with the version the answers were based on
 * (the draft's, when resumed), so an edit made since is refused as stale, never overwritten. The service stores it
 * all in one transaction ({@code CaseService.finishIntake}).
 */
final class IntakeCommit {

    private final CaseInfo info;
    private final Client client;
    private final FactsSnapshot stored;
    private final Map<FactSection, Integer> base;
    private final ObjectNode answers;

    /**
     * @param client and {@code stored}: her record and facts as stored now
     * @param base the versions her answers were based on (her record as {@code PERSON})
     */
    IntakeCommit(CaseInfo info, Client client, FactsSnapshot stored, Map<FactSection, Integer> base,
                 ObjectNode answers) {
        this.info = info;
        this.client = client;
        this.stored = stored;
        this.base = base;
        this.answers = answers;
    }

    IntakeFinish plan() throws Exception {
        ObjectNode before = FactsJson.mapper().valueToTree(stored.facts());
        FactsDocument document = FactsJson.mapper().treeToValue(withoutPerson(), FactsDocument.class);
        Map<FactSection, Integer> sections = new EnumMap<>(FactSection.class);
        for (FactSection section : CaseViewModel.SECTIONS) {
            String path = CaseSection.rootPath(section);
            JsonNode now = FactsTree.known(FactsTree.get(answers, path));
            if (!now.equals(FactsTree.known(FactsTree.get(before, path)))) {
                sections.put(section, base.getOrDefault(section, stored.version(section)));
            }
        }
        return new IntakeFinish(info.id(), info.version(), changedClient(), document, sections);
    }

    private ObjectNode withoutPerson() {
        ObjectNode copy = answers.deepCopy();
        copy.set("person", FactsJson.mapper().valueToTree(client.person()));
        return copy;
    }

    /** Her record with the intake's person answers (preferred name, birth date, safe-contact notes), if changed. */
    private Client changedClient() throws Exception {
        ObjectNode person = FactsJson.mapper().valueToTree(client.person());
        boolean changed = false;
        for (FactField field : FactCatalogue.standard().stepFields(IntakeStep.ABOUT_HER)) {
            String key = field.path().substring("$.person.".length());
            JsonNode answer = FactsTree.get(answers, field.path());
            if (!FactsTree.known(answer).equals(FactsTree.known(person.get(key)))) {
                person.set(key, answer);
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        return new Client(client.id(), base.getOrDefault(FactSection.PERSON, client.version()),
                FactsJson.mapper().treeToValue(person, Person.class));
    }
}

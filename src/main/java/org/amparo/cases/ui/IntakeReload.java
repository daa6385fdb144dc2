package org.amparo.cases.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.amparo.cases.FactSection;

/** Pure helpers for an intake whose stored facts changed since its answers were based on them. */
final class IntakeReload {

    private IntakeReload() {
    }

    /** The parts (sections, or {@code PERSON} for her record) stored since with another version than {@code base}. */
    static Set<FactSection> changedSince(Map<FactSection, Integer> base, Map<FactSection, Integer> current) {
        Set<FactSection> changed = EnumSet.noneOf(FactSection.class);
        current.forEach((section, version) -> {
            if (base.containsKey(section) && !Objects.equals(base.get(section), version)) {
                changed.add(section);
            }
        });
        return changed;
    }

    /** Replaces the answers of each changed part with the stored ones; other answers stay as they are. */
    static void take(ObjectNode answers, ObjectNode stored, Set<FactSection> changed) {
        for (FactSection section : changed) {
            String key = section == FactSection.PERSON ? "person"
                    : CaseSection.rootPath(section).substring("$.".length());
            JsonNode value = stored.get(key);
            if (value == null) {
                answers.remove(key);
            } else {
                answers.set(key, value.deepCopy());
            }
        }
    }
}

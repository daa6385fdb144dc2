package org.amparo.screening;

import java.util.List;
import org.amparo.facts.FactsDocument;

/**
 * What {@link FactsReader} read: the facts documents in input order, or the problems that rejected the input.
 * When {@code problems} is not empty, {@code documents} holds only the documents that were valid.
 */
public record FactsInput(Shape shape, List<FactsDocument> documents, List<InputProblem> problems) {

    /** How the documents were laid out: one object, a JSON array of objects, or JSON Lines (one object a line). */
    public enum Shape { OBJECT, ARRAY, JSON_LINES }

    public FactsInput {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}

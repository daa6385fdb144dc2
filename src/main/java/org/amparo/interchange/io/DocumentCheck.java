package org.amparo.interchange.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.amparo.interchange.ImportProblem;
import org.amparo.screening.FactsInput;
import org.amparo.screening.FactsReader;
import org.amparo.screening.InputProblem;
import org.amparo.screening.SchemaProblem;

/**
 * Turns one parsed document into a record: with {@link Mode#FULL}, the schema check and binding of
 * {@link FactsReader#readTree} plus {@link FactChecks}; with {@link Mode#BIND_ONLY}, binding alone (for a commit
 * re-reading a file whose SHA-256 proves it is the one its dry run checked).
 */
final class DocumentCheck {

    /** How much a reader checks. */
    enum Mode { FULL, BIND_ONLY }

    private DocumentCheck() {
    }

    /** @param where maps a JSON path to what the person reads (a CSV column), or leaves it */
    static FactsRecord check(int row, int line, JsonNode node, LocalDate today, Mode mode,
                             UnaryOperator<String> where, List<ImportProblem> earlier) {
        if (mode == Mode.BIND_ONLY) {
            return bindOnly(row, line, node, earlier);
        }
        List<ImportProblem> problems = new ArrayList<>(earlier);
        FactsInput input = FactsReader.readTree(line, node);
        for (InputProblem p : input.problems()) {
            problems.add(new ImportProblem(row, line, where.apply(p.path() == null ? "$" : p.path()), p.message()));
        }
        if (!problems.isEmpty() || input.documents().isEmpty()) {
            return new FactsRecord(row, line, null, problems);
        }
        FactsDocument document = input.documents().get(0);
        for (SchemaProblem p : FactChecks.check(document, today)) {
            problems.add(new ImportProblem(row, line, where.apply(p.path()), p.message()));
        }
        return new FactsRecord(row, line, problems.isEmpty() ? document : null, problems);
    }

    private static FactsRecord bindOnly(int row, int line, JsonNode node, List<ImportProblem> earlier) {
        if (!earlier.isEmpty()) {
            return new FactsRecord(row, line, null, earlier);
        }
        try {
            return new FactsRecord(row, line, FactsJson.mapper().treeToValue(node, FactsDocument.class), List.of());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new FactsRecord(row, line, null, List.of(new ImportProblem(row, line, null, "cannot be read")));
        }
    }
}

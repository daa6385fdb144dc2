package org.amparo.interchange.io;

import java.util.List;
import org.amparo.facts.FactsDocument;
import org.amparo.interchange.ImportProblem;

/**
 * One record of an import file: its document when it is valid, else the reasons it is not ({@code document} null).
 *
 * @param row 1-based record number; @param line 1-based line where it starts
 */
public record FactsRecord(int row, int line, FactsDocument document, List<ImportProblem> problems) {

    public FactsRecord {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return document != null && problems.isEmpty();
    }
}

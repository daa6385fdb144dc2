package org.amparo.interchange.io;

import org.amparo.interchange.ImportProblem;

/**
 * The file cannot be read any further (not UTF-8, malformed or truncated JSON, an unterminated CSV quote, an unknown
 * CSV column): the typed rejection every reader throws instead of any other exception. Nothing of such a file is
 * imported.
 */
public final class UnreadableInputException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient ImportProblem problem;

    public UnreadableInputException(ImportProblem problem) {
        super(problem.describe());
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }
}

package org.amparo.summaries;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file a summary is written as, chosen by the output file's extension. */
public enum SummaryFormat {
    PDF, DOCX, HTML;

    /** The format of {@code file} by its extension ({@code .pdf}, {@code .docx}, {@code .html}/{@code .htm}). */
    public static Optional<SummaryFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        if (name.endsWith(".docx")) {
            return Optional.of(DOCX);
        }
        return name.endsWith(".html") || name.endsWith(".htm") ? Optional.of(HTML) : Optional.empty();
    }
}

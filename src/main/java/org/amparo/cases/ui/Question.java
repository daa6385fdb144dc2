package org.amparo.cases.ui;

import org.amparo.cases.FactSection;

/**
 * A fact a screening is missing, with the question that answers it.
 *
 * @param path the missing path as the screening names it ({@code $.u.crimes[0].date})
 * @param text the plain-language question, in the UI language
 * @param section where the answer is edited ({@code PERSON}: in the client form)
 */
public record Question(String path, String text, FactSection section) {
}

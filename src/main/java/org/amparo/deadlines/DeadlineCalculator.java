package org.amparo.deadlines;

import java.time.LocalDate;
import java.util.List;
import org.amparo.facts.FactsDocument;
import org.amparo.screening.Deadline;

/** Every dated deadline ({@code dl.*}) that follows from one facts document, with its status on {@code asOf}. Pure. */
public interface DeadlineCalculator {

    List<Deadline> compute(FactsDocument facts, LocalDate asOf);
}

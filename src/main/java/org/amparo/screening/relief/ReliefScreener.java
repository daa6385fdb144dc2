package org.amparo.screening.relief;

import java.time.LocalDate;
import org.amparo.facts.FactsDocument;
import org.amparo.screening.ReliefResult;

/** Screens one form of relief, element by element. Pure: no I/O, no clock (the date is given). */
public interface ReliefScreener {

    ReliefResult.Relief relief();

    ReliefResult screen(FactsDocument facts, LocalDate asOf);
}

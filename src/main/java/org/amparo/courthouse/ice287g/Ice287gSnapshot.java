package org.amparo.courthouse.ice287g;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.facts.CourtEvent.Model287g;

/**
 * A parsed 287(g) list with its import figures.
 *
 * @param agreements         every agreement kept, in sheet order
 * @param rowsRead           data rows after the header, up to the sheet's last row (blank ones included)
 * @param agreementsImported agreements kept (= {@code agreements.size()})
 * @param blankRowsSkipped   data rows with no content
 * @param byModel            agreements per model (every model present, 0 when none)
 * @param states             distinct states among the agreements
 * @param counties           distinct (state, county) pairs, ignoring case, spacing and blank counties
 * @param warnings           per-row problems that did not stop the import
 */
public record Ice287gSnapshot(List<Agreement287g> agreements, int rowsRead, int agreementsImported,
                              int blankRowsSkipped, Map<Model287g, Integer> byModel, int states, int counties,
                              List<ImportWarning> warnings) {

    public Ice287gSnapshot {
        agreements = List.copyOf(agreements);
        EnumMap<Model287g, Integer> counts = new EnumMap<>(Model287g.class);
        counts.putAll(byModel);
        byModel = Map.copyOf(counts);
        warnings = List.copyOf(warnings);
    }

    /** The JSON-ready report of spec/cli.md. */
    public Ice287gReport report() {
        Map<String, Integer> models = new LinkedHashMap<>();
        for (Model287g model : Model287g.values()) {
            models.put(model.name(), byModel.getOrDefault(model, 0));
        }
        return new Ice287gReport(rowsRead, agreementsImported, blankRowsSkipped, models, states, counties,
                warnings);
    }
}

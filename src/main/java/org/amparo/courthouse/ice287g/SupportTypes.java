package org.amparo.courthouse.ice287g;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.amparo.facts.CourtEvent.Model287g;

/** SUPPORT TYPE text (any case, spacing, with or without "Model") to its 287(g) model. */
final class SupportTypes {

    private static final Map<String, Model287g> NAMES = Map.ofEntries(
            Map.entry("JAIL ENFORCEMENT MODEL", Model287g.JEM), Map.entry("JAIL ENFORCEMENT", Model287g.JEM),
            Map.entry("JEM", Model287g.JEM),
            Map.entry("TASK FORCE MODEL", Model287g.TFM), Map.entry("TASK FORCE", Model287g.TFM),
            Map.entry("TFM", Model287g.TFM),
            Map.entry("WARRANT SERVICE OFFICER", Model287g.WSO), Map.entry("WARRANT SERVICE OFFICER MODEL",
                    Model287g.WSO), Map.entry("WARRANT SERVICE OFFICERS", Model287g.WSO),
            Map.entry("WSO", Model287g.WSO));

    private SupportTypes() {
    }

    static Optional<Model287g> model(String supportType) {
        return Optional.ofNullable(NAMES.get(Cells.collapse(supportType).toUpperCase(Locale.ROOT)));
    }
}

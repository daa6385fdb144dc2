package org.amparo.summaries.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.amparo.summaries.SummaryModel;

/**
 * Lays a {@link SummaryModel} out as one self-contained XHTML page (Pebble template {@code SummaryPage.peb}, every value
 * HTML-escaped, no external resources). The PDF is rendered from this page.
 */
public final class HtmlSummaryRenderer {

    private final PebbleTemplate template;

    public HtmlSummaryRenderer() {
        ClasspathLoader loader = new ClasspathLoader(HtmlSummaryRenderer.class.getClassLoader());
        loader.setPrefix("org/amparo/summaries");
        PebbleEngine engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(true)
                .cacheActive(true).build();
        this.template = engine.getTemplate("SummaryPage.peb");
    }

    public String render(SummaryModel model) {
        StringWriter out = new StringWriter(16_384);
        try {
            template.evaluate(out, Map.of("model", model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

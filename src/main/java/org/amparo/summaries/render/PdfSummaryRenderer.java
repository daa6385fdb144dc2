package org.amparo.summaries.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.amparo.summaries.SummaryModel;

/**
 * Renders the summary's HTML page to PDF with openhtmltopdf, embedding the bundled DejaVu Sans (covers Spanish and
 * the other Latin scripts) so the file looks the same everywhere. The page references nothing outside itself, and
 * any URI the renderer is asked to resolve is refused: rendering never touches the network or the disk.
 */
public final class PdfSummaryRenderer {

    static final String FAMILY = "Amparo Sans";
    private static final String FONTS = "/org/amparo/summaries/fonts/";

    static {
        XRLog.setLoggingEnabled(false);
    }

    private final HtmlSummaryRenderer html;

    public PdfSummaryRenderer(HtmlSummaryRenderer html) {
        this.html = html;
    }

    public void render(SummaryModel model, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html.render(model), null);
        builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useUriResolver((base, uri) -> null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String name) {
        InputStream in = PdfSummaryRenderer.class.getResourceAsStream(FONTS + name);
        if (in == null) {
            throw new IllegalStateException("Bundled font missing: " + name);
        }
        return in;
    }
}

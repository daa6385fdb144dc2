package org.amparo.summaries.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.amparo.summaries.SummaryModel;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

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
    /** Parsed once per renderer (parsing the 0.7 MB fonts is most of a summary's cost); used by one render at a time. */
    private final TrueTypeFont regular;
    private final TrueTypeFont bold;

    public PdfSummaryRenderer(HtmlSummaryRenderer html) {
        this.html = html;
        this.regular = font("DejaVuSans.ttf");
        this.bold = font("DejaVuSans-Bold.ttf");
    }

    public synchronized void render(SummaryModel model, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.withHtmlContent(html.render(model), null);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, regular, true)), FAMILY, 400,
                    FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, bold, true)), FAMILY, 700,
                    FontStyle.NORMAL, true);
            builder.useUriResolver((base, uri) -> null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont font(String name) {
        try (InputStream in = PdfSummaryRenderer.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("Bundled font missing: " + name);
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

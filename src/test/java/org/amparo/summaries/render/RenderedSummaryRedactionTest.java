package org.amparo.summaries.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.amparo.summaries.SummaryModel;
import org.amparo.summaries.SummaryModelBuilder;
import org.amparo.summaries.SummaryProfile;
import org.amparo.summaries.SummaryRequest;
import org.amparo.summaries.SummaryTestInputs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a reader of the actual files sees: text extracted from the rendered PDF and DOCX, per profile. */
class RenderedSummaryRedactionTest {

    private static final HtmlSummaryRenderer HTML = new HtmlSummaryRenderer();

    private static SummaryModel model(SummaryProfile profile) throws Exception {
        return new SummaryModelBuilder(SummaryRequest.of("2026-0007", profile, Locale.ENGLISH),
                SummaryTestInputs.input()).build();
    }

    static String pdfText(SummaryModel model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfSummaryRenderer(HTML).render(model, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    static String docxText(SummaryModel model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxSummaryRenderer().render(model, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void fullOutputCarriesTheCanariesAndTheWatermark(Format format) throws Exception {
        String text = format.text(model(SummaryProfile.FULL));

        assertThat(text).contains(SummaryTestInputs.ADDRESS_CANARY, SummaryTestInputs.PHONE_CANARY,
                SummaryTestInputs.A_NUMBER_CANARY, SummaryTestInputs.ABUSER_CANARY, "Export exp-0001");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void referralOutputHasNoAddressPhoneOrANumber(Format format) throws Exception {
        String text = format.text(model(SummaryProfile.REFERRAL));

        assertThat(text).contains("Rosalba", "Export exp-0001")
                .doesNotContain(SummaryTestInputs.ADDRESS_CANARY, SummaryTestInputs.PHONE_CANARY,
                        SummaryTestInputs.A_NUMBER_CANARY, SummaryTestInputs.ABUSER_CANARY, "U visa");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void spanishAccentsSurviveRendering(Format format) throws Exception {
        SummaryModel spanish = new SummaryModelBuilder(SummaryRequest.of("2026-0007", SummaryProfile.FULL,
                Locale.forLanguageTag("es")), SummaryTestInputs.input()).build();

        assertThat(format.text(spanish)).contains("Opciones de alivio", "Razón", "Número A");
    }

    enum Format {
        PDF, DOCX;

        String text(SummaryModel model) throws Exception {
            return this == PDF ? pdfText(model) : docxText(model);
        }
    }
}

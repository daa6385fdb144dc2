package org.amparo.summaries.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.amparo.summaries.SummaryModelBuilder;
import org.amparo.summaries.SummaryProfile;
import org.amparo.summaries.SummaryRequest;
import org.amparo.summaries.SummaryTestInputs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The HTML of the example case, per profile and language, compared with reviewed files. After a deliberate change,
 * regenerate with {@code -Damparo.golden.update=true} and review the diff before committing it.
 */
class SummaryHtmlGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/org/amparo/summaries/golden");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"FULL,en", "REFERRAL,en", "CLIENT,es"})
    void htmlMatchesTheReviewedFile(SummaryProfile profile, String language) throws Exception {
        String html = new HtmlSummaryRenderer().render(new SummaryModelBuilder(
                SummaryRequest.of("2026-0007", profile, Locale.forLanguageTag(language)), SummaryTestInputs.input())
                .build());
        Path golden = GOLDEN.resolve(profile.id() + "-" + language + ".html");
        if (Boolean.getBoolean("amparo.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, html, StandardCharsets.UTF_8);
        }

        assertThat(html).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}

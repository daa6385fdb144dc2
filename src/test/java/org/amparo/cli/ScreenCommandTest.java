package org.amparo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amparo.facts.FactsJson;
import org.amparo.screening.DocumentSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amparo screen} end to end through {@link CliMain#run(String[], PrintWriter, PrintWriter)}. */
class ScreenCommandTest {

    @TempDir
    static Path dir;

    private static Path uExample;
    private static Path tExample;

    private String out;
    private String err;

    @BeforeAll
    static void copyExamples() throws IOException {
        uExample = copy("facts-u-visa-dv.json");
        tExample = copy("facts-t-visa-labor.json");
    }

    private static Path copy(String name) throws IOException {
        try (InputStream in = ScreenCommandTest.class.getResourceAsStream("/examples/" + name)) {
            Path target = dir.resolve(name);
            Files.write(target, in.readAllBytes());
            return target;
        }
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = CliMain.run(args, new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
        assertThat(err).as("no stack trace on stderr").doesNotContain("at org.").doesNotContain("Exception:");
        return code;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void anObjectGivesOneValidScreeningDocument() throws IOException {
        assertThat(run("screen", "--facts", uExample.toString())).isEqualTo(ExitCodes.OK);

        JsonNode json = FactsJson.mapper().readTree(out);
        assertThat(json.isObject()).isTrue();
        assertThat(json.get("schema").asText()).isEqualTo("amparo-screening/1");
        assertThat(json.get("ref").asText()).isEqualTo("example-u-1");
        assertThat(json.get("as_of").asText()).isEqualTo("2026-03-02");
        assertThat(json.get("enforcement")).hasSize(5);
        assertThat(DocumentSchema.screening().validate(json)).isEmpty();
        assertThat(err).isEmpty();
    }

    @Test
    void anArrayGivesAnArrayInInputOrder() throws IOException {
        String array = "[" + Files.readString(tExample) + "," + Files.readString(uExample) + "]";
        Path file = write("two.json", array);

        assertThat(run("screen", "--facts", file.toString())).isEqualTo(ExitCodes.OK);

        JsonNode json = FactsJson.mapper().readTree(out);
        assertThat(json.isArray()).isTrue();
        assertThat(json.findValuesAsText("ref")).containsExactly("example-t-1", "example-u-1");
    }

    @Test
    void frameworksCanBeChosenAndAsOfReplaced() throws IOException {
        assertThat(run("screen", "--facts", uExample.toString(), "--framework", "eo14159_2025",
                "--framework", "dhs2021_mayorkas", "--as-of", "2025-09-15")).isEqualTo(ExitCodes.OK);

        JsonNode json = FactsJson.mapper().readTree(out);
        assertThat(json.get("as_of").asText()).isEqualTo("2025-09-15");
        assertThat(json.get("enforcement").findValuesAsText("framework"))
                .containsExactly("eo14159_2025", "dhs2021_mayorkas");
    }

    @Test
    void anUnknownFrameworkIsBadInputListingTheValidIds() {
        assertThat(run("screen", "--facts", uExample.toString(), "--framework", "eo2099"))
                .isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(out).isEmpty();
        assertThat(err).contains("eo2099").contains("dhs2014_johnson").contains("eo14159_2025");
    }

    @Test
    void aBadValueIsBadInputNamingFilePathAndAllowedValues() throws IOException {
        Path file = write("bad.json", "{\"schema\":\"amparo-facts/1\",\"ref\":\"r\",\"person\":{\"sex\":\"W\"}}");

        assertThat(run("screen", "--facts", file.toString())).isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(out).isEmpty();
        assertThat(err).contains("bad.json: $.person.sex: must be one of F, M, X");
    }

    @Test
    void truncatedJsonIsBadInputWithLineAndColumn() throws IOException {
        Path file = write("cut.json", "{\"schema\":\"amparo-facts/1\",\n\"ref\":\"r\",\n\"person\":{");

        assertThat(run("screen", "--facts", file.toString())).isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(err).contains("cut.json: not valid JSON: line 3, column");
    }

    @Test
    void aMissingFileIsBadInput() {
        assertThat(run("screen", "--facts", dir.resolve("absent.json").toString())).isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(err).contains("absent.json: no such file");
    }

    @Test
    void anImpossibleAsOfIsBadInput() {
        assertThat(run("screen", "--facts", uExample.toString(), "--as-of", "2025-02-30"))
                .isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(err).contains("--as-of").contains("must be a real date written YYYY-MM-DD");
    }

    @Test
    void missingFactsOptionIsAUsageError() {
        assertThat(run("screen")).isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(err).contains("--facts");
    }

    @Test
    void standardInputIsReadForDash() throws IOException {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(tExample)));
            assertThat(run("screen", "--facts", "-")).isEqualTo(ExitCodes.OK);
        } finally {
            System.setIn(saved);
        }

        assertThat(FactsJson.mapper().readTree(out).get("ref").asText()).isEqualTo("example-t-1");
    }

    @Test
    void badStandardInputIsNamedAsSuch() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("not json".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("screen", "--facts", "-")).isEqualTo(ExitCodes.BAD_INPUT);
        } finally {
            System.setIn(saved);
        }

        assertThat(err).contains("<stdin>: not valid JSON: line 1, column");
    }

    @Test
    void textFormatIsReadable() {
        assertThat(run("screen", "--facts", uExample.toString(), "--format", "text")).isEqualTo(ExitCodes.OK);

        assertThat(out).contains("Screening of example-u-1 as of 2026-03-02")
                .contains("ENFORCEMENT PRIORITIES").contains("eo14159_2025")
                .contains("RELIEF").contains("u_visa: ")
                .contains("DEADLINES").contains("CONFIDENTIALITY")
                .contains("not legal advice");
    }

    @Test
    void helpDescribesTheOptions() {
        assertThat(run("screen", "--help")).isEqualTo(ExitCodes.OK);

        assertThat(out).contains("--facts").contains("--as-of").contains("--framework").contains("--format");
    }
}

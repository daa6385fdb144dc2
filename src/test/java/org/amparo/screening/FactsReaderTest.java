package org.amparo.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FactsReaderTest {

    private final FactsReader reader = new FactsReader();

    static String example(String name) throws IOException {
        try (InputStream in = FactsReaderTest.class.getResourceAsStream("/examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String minimal(String ref, String extra) {
        return "{\"schema\":\"amparo-facts/1\",\"ref\":\"" + ref + "\"" + extra + "}";
    }

    private List<String> problems(String json) {
        FactsInput input = reader.read(json);
        return input.problems().stream().map(p -> p.describe(input.shape())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"facts-u-visa-dv.json", "facts-t-visa-labor.json"})
    void theSpecExamplesValidateAndBind(String name) throws IOException {
        FactsInput input = reader.read(example(name));

        assertThat(input.problems()).isEmpty();
        assertThat(input.shape()).isEqualTo(FactsInput.Shape.OBJECT);
        assertThat(input.documents()).singleElement()
                .satisfies(d -> assertThat(d.asOf()).isEqualTo(LocalDate.of(2026, 3, 2)));
    }

    @Test
    void anUnknownFieldIsNamedByItsPath() {
        String json = minimal("r1", ",\"criminal\":{\"conviction_offenses\":[{},{},{\"clasification\":\"felony\"}]}");

        assertThat(problems(json)).containsExactly("$.criminal.conviction_offenses[2].clasification: unknown field");
    }

    @Test
    void anUnknownTopLevelFieldIsRejectedButExtensionsAreFreeForm() {
        assertThat(problems(minimal("r1", ",\"notes\":\"x\""))).containsExactly("$.notes: unknown field");
        assertThat(problems(minimal("r1", ",\"extensions\":{\"anything\":{\"goes\":[1,2]}}"))).isEmpty();
    }

    @Test
    void aBadEnumValueListsTheAllowedValues() {
        List<String> found = problems(minimal("r1", ",\"person\":{\"sex\":\"female\"}"));

        assertThat(found).containsExactly("$.person.sex: must be one of F, M, X (found \"female\")");
    }

    @Test
    void anUnknownCrimeTypeIsRejectedWithTheQualifyingCrimeIds() {
        List<String> found = problems(minimal("r1", ",\"u\":{\"crimes\":[{\"crime_type\":\"robbery\"}]}"));

        assertThat(found).singleElement().asString()
                .startsWith("$.u.crimes[0].crime_type: must be one of abduction, abusive_sexual_contact")
                .contains("domestic_violence", "stalking", "similar_activity");
    }

    @Test
    void anImpossibleDateIsRejectedWithItsPath() {
        List<String> found = problems(minimal("r1", ",\"immigration\":{\"last_entry_date\":\"2025-02-30\"}"));

        assertThat(found).containsExactly(
                "$.immigration.last_entry_date: must be a real date written YYYY-MM-DD (found \"2025-02-30\")");
    }

    @Test
    void aDateInAnotherLayoutIsRejected() {
        assertThat(problems(minimal("r1", ",\"as_of\":\"09/15/2025\""))).singleElement().asString()
                .startsWith("$.as_of: must be a real date");
    }

    @Test
    void aMissingRefIsReported() {
        assertThat(problems("{\"schema\":\"amparo-facts/1\"}")).containsExactly("$.ref: required field is missing");
    }

    @Test
    void aWrongSchemaIdIsReported() {
        assertThat(problems("{\"schema\":\"amparo-facts/2\",\"ref\":\"r\"}"))
                .containsExactly("$.schema: must be \"amparo-facts/1\" (found \"amparo-facts/2\")");
    }

    @Test
    void anANumberMustBeAFollowedByEightOrNineDigits() {
        assertThat(problems(minimal("r1", ",\"person\":{\"a_number\":\"A1234567\"}"))).singleElement().asString()
                .startsWith("$.person.a_number: must match ^A[0-9]{8,9}$");
        assertThat(problems(minimal("r1", ",\"person\":{\"a_number\":\"A123456789\"}"))).isEmpty();
    }

    @Test
    void aWrongTypeSaysWhatWasExpected() {
        assertThat(problems(minimal("r1", ",\"immigration\":{\"detainer_lodged\":\"yes\"}")))
                .containsExactly("$.immigration.detainer_lodged: must be a boolean or null, not a string \"yes\"");
    }

    @Test
    void aFactSourceMustBeAKnownSourceKeyedByAJsonPath() {
        assertThat(problems(minimal("r1", ",\"facts_sources\":{\"$.person.dob\":\"neighbor\"}"))).containsExactly(
                "$.facts_sources['$.person.dob']: must be one of client, advocate, document, abuser, perpetrator, "
                        + "trafficker, agency (found \"neighbor\")");
        assertThat(problems(minimal("r1", ",\"facts_sources\":{\"person.dob\":\"client\"}"))).singleElement()
                .asString().startsWith("$.facts_sources: every key must be a JSON path starting with $");
    }

    @Test
    void aListItemCannotBeUnknownButTheListCan() {
        assertThat(problems(minimal("r1", ",\"u\":{\"crimes\":[null]}")))
                .containsExactly("$.u.crimes[0]: must be an object, not null");
        assertThat(problems(minimal("r1", ",\"u\":{\"crimes\":null}"))).isEmpty();
    }

    @Test
    void anOutOfRangeNumberIsRejectedBeforeBinding() {
        assertThat(problems(minimal("r1", ",\"conduct\":{\"age_at_gang_activity\":400}")))
                .containsExactly("$.conduct.age_at_gang_activity: must be at most 130 (found 400)");
    }

    @Test
    void nullMeansUnknownAndIsAccepted() {
        FactsInput input = reader.read(minimal("r1", ",\"person\":{\"sex\":null,\"dob\":null},\"u\":null"));

        assertThat(input.problems()).isEmpty();
        assertThat(input.documents().get(0).person()).isEqualTo(
                new Person(null, null, null, null, null, null, null, null, null, null, null, null, null));
    }

    @Test
    void truncatedJsonFailsWithLineAndColumn() {
        List<String> found = problems("{\"schema\":\"amparo-facts/1\",\n\"ref\":\"r1\",\n\"person\":{\"sex\":\"F\"");

        assertThat(found).singleElement().asString().startsWith("not valid JSON: line 3, column")
                .contains("end-of-input");
    }

    @Test
    void textThatIsNotJsonFailsWithLineAndColumn() {
        assertThat(problems("ref,given_name\nr1,Prueba\n")).singleElement().asString()
                .startsWith("not valid JSON: line 1, column");
    }

    @Test
    void emptyInputIsReported() {
        assertThat(problems("  \n")).singleElement().asString().startsWith("the input is empty");
    }

    @Test
    void aDuplicateKeyIsRejected() {
        assertThat(problems("{\"schema\":\"amparo-facts/1\",\"ref\":\"a\",\"ref\":\"b\"}")).singleElement()
                .asString().contains("Duplicate field 'ref'");
    }

    @Test
    void anArrayKeepsInputOrder() {
        String json = "[" + minimal("c", "") + "," + minimal("a", "") + "," + minimal("b", "") + "]";

        FactsInput input = reader.read(json);

        assertThat(input.shape()).isEqualTo(FactsInput.Shape.ARRAY);
        assertThat(input.documents()).extracting(FactsDocument::ref).containsExactly("c", "a", "b");
    }

    @Test
    void aProblemInAnArrayNamesTheDocumentIndex() {
        String json = "[" + minimal("a", "") + ",\n" + minimal("b", ",\"person\":{\"sex\":\"Q\"}") + "]";

        assertThat(problems(json)).containsExactly("$[1].person.sex: must be one of F, M, X (found \"Q\")");
    }

    @Test
    void jsonLinesAreReadInOrderAndProblemsNameTheLine() {
        String lines = minimal("a", "") + "\n" + minimal("b", "") + "\n" + minimal("c", ",\"bogus\":1") + "\n";

        FactsInput input = reader.read(lines);

        assertThat(input.shape()).isEqualTo(FactsInput.Shape.JSON_LINES);
        assertThat(input.documents()).extracting(FactsDocument::ref).containsExactly("a", "b");
        assertThat(input.problems()).singleElement()
                .satisfies(p -> assertThat(p.describe(input.shape())).isEqualTo("line 3: $.bogus: unknown field"));
    }

    @Test
    void anArrayElementThatIsNotAnObjectIsRejected() {
        assertThat(problems("[" + minimal("a", "") + ", 42]"))
                .containsExactly("$[1]: must be a facts document (a JSON object), not number");
    }

    @Test
    void inputOverTheSizeLimitIsRefusedBeforeParsing() {
        FactsReader small = new FactsReader(100);
        byte[] big = ("[" + (minimal("a", "") + ",").repeat(10) + minimal("z", "") + "]")
                .getBytes(StandardCharsets.UTF_8);

        FactsInput input = small.read(new ByteArrayInputStream(big));

        assertThat(input.ok()).isFalse();
        assertThat(input.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("the input is larger than 100 bytes, the limit"));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithItsSize(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.json");
        Files.writeString(file, " ".repeat(300) + minimal("a", ""));

        FactsInput input = new FactsReader(200).read(file);

        assertThat(input.problems()).singleElement()
                .satisfies(p -> assertThat(p.message())
                        .isEqualTo("the file is " + Files.size(file) + " bytes; the limit is 200 bytes"));
    }

    @Test
    void aMissingFileIsReported(@TempDir Path dir) {
        FactsInput input = reader.read(dir.resolve("nope.json"));

        assertThat(input.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("no such file"));
    }
}

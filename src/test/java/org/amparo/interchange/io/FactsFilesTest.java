package org.amparo.interchange.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amparo.interchange.ImportProblem;
import org.junit.jupiter.api.Test;

/** Each bad input of issue 4 gives the row, path or column, and reason a person reads. */
class FactsFilesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    static final String OK = "{\"schema\":\"amparo-facts/1\",\"ref\":\"r1\",\"person\":{\"given_name\":\"Ana\","
            + "\"family_name\":\"Ejemplo\",\"dob\":\"1990-01-01\"}}";

    /** Everything the reader said: each record's problems (or "ok"), then the unreadable problem if any. */
    record Read(String format, List<String> lines) { }

    static Read read(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        String format = null;
        try (FactsRecords records = FactsFiles.open(new ByteArrayInputStream(bytes), TODAY)) {
            FactsRecord r;
            while ((r = records.next()) != null) {
                format = records.format();
                if (r.valid()) {
                    lines.add("row " + r.row() + " ok");
                } else {
                    r.problems().forEach(p -> lines.add(p.describe()));
                }
            }
        } catch (UnreadableInputException e) {
            lines.add("UNREADABLE " + e.problem().describe());
        } catch (Exception e) {
            throw new AssertionError("escaped: " + e, e);
        }
        return new Read(format, lines);
    }

    static Read read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void oneObjectAnArrayAndJsonLinesAreToldApart() {
        assertThat(read(OK)).isEqualTo(new Read("json", List.of("row 1 ok")));
        assertThat(read("[" + OK + ",\n" + OK + "]")).isEqualTo(new Read("json_array", List.of("row 1 ok",
                "row 2 ok")));
        assertThat(read(OK + "\n" + OK + "\n")).isEqualTo(new Read("json_lines", List.of("row 1 ok", "row 2 ok")));
    }

    @Test
    void manyDocumentsComeBackInFileOrderWithTheCutAfterTheLastWholeOne() {
        // more documents than are checked ahead, one bad in the middle, and a file cut inside the last one
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        int documents = CheckAhead.WINDOW * 3;
        for (int row = 1; row <= documents; row++) {
            if (row == 100) {
                text.append(OK.replace("1990-01-01", "2025-02-30")).append('\n');
                expected.add("row 100 (line 100), $.person.dob: must be a real date written YYYY-MM-DD "
                        + "(found \"2025-02-30\")");
            } else {
                text.append(OK).append('\n');
                expected.add("row " + row + " ok");
            }
        }
        text.append(OK, 0, 40);

        List<String> lines = read(text.toString()).lines();

        assertThat(lines.subList(0, documents)).containsExactlyElementsOf(expected);
        assertThat(lines).hasSize(documents + 1);
        assertThat(lines.get(documents)).startsWith("UNREADABLE row " + (documents + 1) + " (line "
                + (documents + 1) + ")").contains("truncated");
    }

    @Test
    void anImpossibleDateIsRejectedAtItsPath() {
        assertThat(read(OK + "\n" + OK.replace("1990-01-01", "2025-02-30")).lines()).containsExactly("row 1 ok",
                "row 2 (line 2), $.person.dob: must be a real date written YYYY-MM-DD (found \"2025-02-30\")");
    }

    @Test
    void aFamilyMemberBornAfterAsOfIsRejected() {
        String doc = "{\"schema\":\"amparo-facts/1\",\"ref\":\"r1\",\"as_of\":\"2024-01-01\","
                + "\"family_members\":[{\"given_name\":\"Bo\",\"dob\":\"2020-01-01\"},"
                + "{\"given_name\":\"Cy\",\"dob\":\"2024-05-01\"}]}";
        assertThat(read(doc).lines()).containsExactly(
                "row 1 (line 1), $.family_members[1].dob: family member born after as_of (2024-01-01)");
    }

    @Test
    void withoutAsOfBirthsAreCheckedAgainstToday() {
        assertThat(read(OK.replace("1990-01-01", "2026-06-01")).lines()).containsExactly(
                "row 1 (line 1), $.person.dob: born after today (2026-01-01)");
    }

    @Test
    void truncatedJsonIsUnreadableAtItsRow() {
        assertThat(read("[" + OK + "," + OK.substring(0, 40)).lines()).containsExactly("row 1 ok",
                "UNREADABLE row 2 (line 1): the JSON ends in the middle of a document at line 1, column 154: "
                        + "the file looks truncated");
        assertThat(read("[" + OK).lines()).containsExactly("row 1 ok",
                "UNREADABLE row 1 (line 1): the JSON ends in the middle of a document at line 1, column 113: "
                        + "the file looks truncated");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThat(read(OK + "\n{\"ref\" 1}").lines()).containsExactly("row 1 ok",
                "UNREADABLE row 2 (line 2): not valid JSON at line 2, column 8: Unexpected character ('1' (code 49)): "
                        + "was expecting a colon to separate field name and value");
    }

    @Test
    void invalidUtf8NamesTheByteOffsetAndLine() {
        byte[] bytes = (OK + "\n" + OK.replace("Ana", "A?a")).getBytes(StandardCharsets.UTF_8);
        int at = OK.length() + 1 + OK.indexOf("Ana") + 1;
        bytes[at] = (byte) 0xFF;
        assertThat(read(bytes).lines()).containsExactly(
                "UNREADABLE line 2: not valid UTF-8: byte 0xFF at byte offset " + at + " (line 2); "
                        + "the file must be UTF-8");
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        byte[] text = OK.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        assertThat(read(bytes).lines()).containsExactly("row 1 ok");
    }

    @Test
    void somethingOtherThanAnObjectIsARowProblem() {
        assertThat(read("[1, \"x\"]").lines()).containsExactly(
                "row 1 (line 1), $: must be a facts document (a JSON object), not number",
                "row 2 (line 1), $: must be a facts document (a JSON object), not string");
    }

    @Test
    void anEmptyFileIsUnreadable() {
        assertThat(read(" \n").lines()).containsExactly("UNREADABLE the file is empty: expected facts documents "
                + "(JSON) or a CSV with a header row");
    }

    @Test
    void csvRowsAreCheckedAndReportedByColumn() {
        String csv = "ref,given_name,family_name,dob,family_1_given_name,family_1_dob,as_of\n"
                + "r1,Ana,Ejemplo,1990-01-01,Bo,2020-01-01,2024-06-01\n"
                + "r2,Eva,Prueba,2025-02-30,,,\n"
                + "r3,Luz,Demo-Uno,1985-05-05,Cy,2025-01-01,2024-06-01\n"
                + ",Mia,Demo-Dos,,,,\n";
        Read r = read(csv);
        assertThat(r.format()).isEqualTo("csv");
        assertThat(r.lines()).containsExactly("row 1 ok",
                "row 2 (line 3), dob: must be a real date written YYYY-MM-DD (found \"2025-02-30\")",
                "row 3 (line 4), family_1_dob: family member born after as_of (2024-06-01)",
                "row 4 (line 5), ref: required field is missing");
    }

    @Test
    void csvCellsOfTheWrongKindAreNamed() {
        String csv = "ref,immigration_removal_proceedings_pending,conviction_1_sentence_imposed_days,sex\n"
                + "r1,maybe,ten,Q\n"
                + "r2,yes\n";
        assertThat(read(csv).lines()).containsExactly(
                "row 1 (line 2), immigration_removal_proceedings_pending: must be true or false (found \"maybe\")",
                "row 1 (line 2), conviction_1_sentence_imposed_days: must be a whole number (found \"ten\")",
                "row 1 (line 2), sex: must be one of F, M, X (found \"Q\")",
                "row 2 (line 3): has 2 cells; the header has 4");
    }

    @Test
    void unknownCsvColumnsAreRejectedByName() {
        assertThat(read("ref,given_name,colour,flavour\nr1,Ana,x,y\n").lines()).containsExactly(
                "UNREADABLE line 1, colour: unknown columns colour, flavour (facts-csv.md lists the columns)");
    }

    @Test
    void anUnterminatedCsvQuoteIsUnreadableAtItsRow() {
        assertThat(read("ref,given_name\nr1,Ana\nr2,\"Eva\nr3,Luz\n").lines()).containsExactly("row 1 ok",
                "UNREADABLE row 2 (line 3): a quoted cell is never closed: a \" opens a cell that runs to the end "
                        + "of the file");
    }

    @Test
    void manyCsvRowsComeBackInOrderBeforeAnUnterminatedQuote() {
        StringBuilder csv = new StringBuilder("ref,given_name,dob\n");
        List<String> expected = new ArrayList<>();
        int rows = CheckAhead.WINDOW * 2 + 5;
        for (int row = 1; row <= rows; row++) {
            boolean bad = row == 90;
            csv.append('r').append(row).append(",Ana,").append(bad ? "2025-02-30" : "1990-01-01").append('\n');
            expected.add(bad ? "row 90 (line 91), dob: must be a real date written YYYY-MM-DD (found \"2025-02-30\")"
                    : "row " + row + " ok");
        }
        csv.append("r-last,\"Eva\n");

        List<String> lines = read(csv.toString()).lines();

        assertThat(lines.subList(0, rows)).containsExactlyElementsOf(expected);
        assertThat(lines).hasSize(rows + 1);
        assertThat(lines.get(rows)).startsWith("UNREADABLE row " + (rows + 1) + " ").contains("never closed");
    }

    @Test
    void numberedGroupsArePackedInOrderAndListsSplitOnSemicolons() throws Exception {
        String csv = "ref,aliases,family_2_given_name,family_5_given_name,conviction_1_tags\n"
                + "r1,Anita; La Ana,Bo,Cy,dv;theft\n";
        try (FactsRecords records = FactsFiles.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                TODAY)) {
            FactsRecord r = records.next();
            assertThat(r.problems()).isEmpty();
            assertThat(r.document().person().aliases()).containsExactly("Anita", "La Ana");
            assertThat(r.document().familyMembers()).extracting(m -> m.givenName()).containsExactly("Bo", "Cy");
            assertThat(r.document().criminal().convictionOffenses().get(0).tags()).hasSize(2);
        }
    }

    @Test
    void aProblemInAPackedGroupNamesTheColumnAsWritten() {
        String csv = "ref,family_3_given_name,family_3_relationship\nr1,Bo,cousin\n";
        assertThat(read(csv).lines()).containsExactly("row 1 (line 2), family_3_relationship: must be one of "
                + "spouse, child, parent, sibling, other (found \"cousin\")");
    }

    @Test
    void theFormulaEscapeOfAnExportIsUndone() {
        assertThat(CsvRowBinder.unescape("'=SUM(A1)")).isEqualTo("=SUM(A1)");
        assertThat(CsvRowBinder.unescape("'plain")).isEqualTo("'plain");
        assertThat(CsvEscaping.escape("-5")).isEqualTo("'-5");
        assertThat(CsvEscaping.escape("@home")).isEqualTo("'@home");
        assertThat(CsvEscaping.escape("\tx")).isEqualTo("'\tx");
        assertThat(CsvEscaping.escape("Ana")).isEqualTo("Ana");
    }

    @Test
    void problemsDescribeTheirRowAndPlace() {
        assertThat(new ImportProblem(3, 4, "dob", "bad").describe()).isEqualTo("row 3 (line 4), dob: bad");
        assertThat(new ImportProblem(0, 0, null, "empty").describe()).isEqualTo("empty");
    }
}

package org.amparo.deadlines.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.amparo.deadlines.agenda.AgendaItem.Kind;
import org.amparo.screening.CourthouseRisk.Level;
import org.amparo.security.AuditAction;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .ics export against a golden file, and the RFC 5545 rules a calendar app relies on. */
class IcsWriterTest {

    static final Instant STAMP = Instant.parse("2026-03-10T08:30:00Z");

    static List<AgendaItem> items() {
        return List.of(
                new AgendaItem("court:7:ce-1", Kind.COURT_EVENT, LocalDate.of(2026, 4, 2), 7, "Rosa Ejemplo",
                        "2026-0007", "family", "Example City Family Court, Room 3; 2nd floor", "ce-1", Level.HIGH),
                new AgendaItem("checkin:8:ci-1", Kind.ICE_CHECKIN, LocalDate.of(2026, 4, 3), 8, "Ana Prueba", null,
                        "supervision", "Example City ICE office", "ci-1", Level.SEVERE),
                new AgendaItem("deadline:7:dl.i918b_6m", Kind.DEADLINE, LocalDate.of(2026, 5, 30), 7, "Rosa Ejemplo",
                        "2026-0007", "File the U visa petition within six months of the law-enforcement "
                        + "certification being signed (I-918 Supplement B), or it expires: ask for a new one", null,
                        "dl.i918b_6m", null));
    }

    private static String golden() throws IOException {
        try (InputStream in = IcsWriterTest.class.getResourceAsStream("calendar-golden.ics")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theExportMatchesTheGoldenFileByteForByte() throws IOException {
        assertThat(new IcsWriter(STAMP, false).write(items())).isEqualTo(golden());
    }

    @Test
    void noClientNameUnlessTheUserOptsIn() {
        String plain = new IcsWriter(STAMP, false).write(items());
        assertThat(plain).doesNotContain("Ejemplo").doesNotContain("Prueba")
                .contains("SUMMARY:Court date (case 2026-0007)");
        assertThat(new IcsWriter(STAMP, true).write(items()))
                .contains("SUMMARY:Court date – Rosa Ejemplo (case 2026-0007)");
    }

    @Test
    void everyLineEndsInCrlfAndNoneIsLongerThan75Octets() {
        String ics = new IcsWriter(STAMP, true).write(items());
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void foldingNeverSplitsAUtf8Character() {
        StringBuilder out = new StringBuilder();
        IcsWriter.line(out, "SUMMARY:" + "ñ".repeat(80));
        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(String.join("", lines[0], lines[1].substring(1), lines[2].substring(1)))
                .isEqualTo("SUMMARY:" + "ñ".repeat(80));
    }

    @Test
    void textIsEscaped() {
        assertThat(IcsWriter.escape("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
    }

    @Test
    void exportWritesTheFileAndAuditsIt(@TempDir Path dir) throws IOException {
        TestSecurity.RecordingAuditLog audit = new TestSecurity.RecordingAuditLog();
        CalendarExport export = new CalendarExport(TestSecurity.permitAll("prueba", Role.ADVOCATE, "p"), audit,
                Clock.fixed(STAMP, ZoneOffset.UTC));
        Path file = dir.resolve("amparo.ics");
        export.export(items(), file, false);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(golden());
        assertThat(audit.entries()).singleElement().extracting(e -> e.action()).isEqualTo(AuditAction.EXPORT);
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }
}

package org.amparo.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseService;
import org.amparo.cases.DefaultCaseService;
import org.amparo.clients.DefaultClientService;
import org.amparo.clients.data.ClientRepository;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.screening.StandardScreening;
import org.amparo.security.AccessControl;
import org.amparo.security.AccessDeniedException;
import org.amparo.security.AuditAction;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.security.UserAccount;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Summaries written from a real (in-memory) vault: redaction in the file, the audit entry, the access rules. */
class DefaultSummaryServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final Database db = TestDatabases.freshInMemory();
    private final TestSecurity.RecordingAuditLog audit = new TestSecurity.RecordingAuditLog();
    private String caseNumber;

    private SummaryService service(AccessControl access) {
        CaseService cases = new DefaultCaseService(db, new DefaultClientService(new ClientRepository(db),
                () -> access.current().name(), CLOCK, access), access, audit, CLOCK);
        return new DefaultSummaryService(cases, facts -> facts, StandardScreening.create(), access, audit, db, CLOCK);
    }

    @BeforeEach
    void oneCase() throws Exception {
        AccessControl attorney = TestSecurity.permitAll("attorney.ejemplo", Role.ATTORNEY, "main");
        CaseService cases = new DefaultCaseService(db, new DefaultClientService(new ClientRepository(db),
                () -> "attorney.ejemplo", CLOCK, attorney), attorney, audit, CLOCK);
        long caseId = cases.importDocuments(List.of(SummaryTestInputs.facts()), "main").get(0).caseId();
        caseNumber = cases.findCase(caseId).map(CaseInfo::caseNumber).orElseThrow();
    }

    private static String pdfText(Path file) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void aReferralPdfFromTheVaultHasNoContactOrANumberAndIsAudited() throws Exception {
        Path out = dir.resolve("referral.pdf");
        String exportId = service(TestSecurity.permitAll("ana", Role.ADVOCATE, "main")).write(
                SummaryRequest.of(caseNumber, SummaryProfile.REFERRAL, Locale.ENGLISH), out, SummaryFormat.PDF);

        assertThat(pdfText(out)).contains("Rosalba", caseNumber, "Export " + exportId)
                .doesNotContain(SummaryTestInputs.ADDRESS_CANARY, SummaryTestInputs.PHONE_CANARY,
                        SummaryTestInputs.A_NUMBER_CANARY);
        assertThat(audit.entries()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.EXPORT);
            assertThat(e.entityId()).endsWith("#" + exportId).doesNotContain("Rosalba");
        });
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void theFullProfileCarriesTheCanaries() throws Exception {
        Path out = dir.resolve("full.pdf");
        service(TestSecurity.permitAll("attorney.ejemplo", Role.ATTORNEY, "main")).write(
                SummaryRequest.of(caseNumber, SummaryProfile.FULL, Locale.ENGLISH), out, SummaryFormat.PDF);

        assertThat(pdfText(out)).contains(SummaryTestInputs.ADDRESS_CANARY, SummaryTestInputs.PHONE_CANARY,
                SummaryTestInputs.A_NUMBER_CANARY);
    }

    @Test
    void onlyAnAttorneyMayAddAFieldBeyondTheProfile() {
        SummaryRequest withANumber = new SummaryRequest(caseNumber, SummaryProfile.REFERRAL, Locale.ENGLISH, List.of(),
                Map.of(SummaryField.A_NUMBER, "the partner files the FOIA request"));

        assertThatThrownBy(() -> service(TestSecurity.permitAll("ana", Role.ADVOCATE, "main")).write(withANumber,
                dir.resolve("x.pdf"), SummaryFormat.PDF)).isInstanceOf(AccessDeniedException.class);
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void anAdministratorWhoIsAlsoTheAttorneyMayIncludeAFieldAndItIsAuditedWithTheExport() throws Exception {
        AccessControl both = TestSecurity.permitAll(UserAccount.withRoles("Adela Prueba",
                EnumSet.of(Role.ADMINISTRATOR, Role.ATTORNEY), "main"));
        SummaryRequest withANumber = new SummaryRequest(caseNumber, SummaryProfile.REFERRAL, Locale.ENGLISH, List.of(),
                Map.of(SummaryField.A_NUMBER, "the partner files the FOIA request"));

        String exportId = service(both).write(withANumber, dir.resolve("override.pdf"), SummaryFormat.PDF);

        assertThat(pdfText(dir.resolve("override.pdf"))).contains(SummaryTestInputs.A_NUMBER_CANARY,
                "the partner files the FOIA request");
        assertThat(audit.entries()).contains(
                new TestSecurity.RecordingAuditLog.Entry(AuditAction.READ_PROTECTED, "summary-field",
                        "A_NUMBER#" + exportId));
    }

    @Test
    void anUnknownCaseNumberIsAPlainError() {
        assertThatThrownBy(() -> service(TestSecurity.permitAll("ana", Role.ADVOCATE, "main")).preview(
                SummaryRequest.of("NO-SUCH", SummaryProfile.FULL, Locale.ENGLISH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No case numbered NO-SUCH");
    }
}

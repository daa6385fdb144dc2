package org.amparo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.DefaultCaseService;
import org.amparo.clients.DefaultClientService;
import org.amparo.clients.data.ClientRepository;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.platform.db.Transactions;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.security.VaultService;
import org.amparo.summaries.SummaryTestInputs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCommandTest {

    @TempDir
    Path tmp;

    private final FakeVault vault = new FakeVault();
    private final Database db = TestDatabases.freshInMemory();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String caseNumber;

    @BeforeEach
    void aVaultWithOneCase() throws Exception {
        var access = TestSecurity.permitAll("maria", Role.ATTORNEY, "main");
        var cases = new DefaultCaseService(db, new DefaultClientService(new ClientRepository(db), () -> "maria",
                Clock.systemUTC(), access), access, new TestSecurity.RecordingAuditLog());
        long caseId = cases.importDocuments(List.of(SummaryTestInputs.facts()), "main").get(0).caseId();
        caseNumber = cases.findCase(caseId).map(CaseInfo::caseNumber).orElseThrow();
        vault.create(tmp, "maria", "correct horse battery staple".toCharArray());
        vault.lock();
    }

    private final TestSecurity.RecordingAuditLog audit = new TestSecurity.RecordingAuditLog();

    private int run(String... args) {
        return runAs(Role.ATTORNEY, args);
    }

    private int runAs(Role role, String... args) {
        return CliMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new AbstractModule() {
            @Override
            protected void configure() {
                bind(VaultService.class).toInstance(vault);
                bind(Database.class).toInstance(db);
                bind(Transactions.class).toInstance(db);
                bind(org.amparo.security.AuditLog.class).toInstance(audit);
                bind(org.amparo.security.AccessControl.class).toInstance(
                        TestSecurity.permitAll("maria", role, "main"));
                bind(PasswordInput.class).toInstance(new ClientCommandsTest.FakePasswords("correct horse battery staple"));
            }
        });
    }

    @Test
    void writesAReferralPdfWithoutTheClientsContactDetails() throws Exception {
        Path pdf = tmp.resolve("referral.pdf");

        int code = run("summary", "--db", tmp.toString(), "--user", "maria", "--case", caseNumber, "--profile",
                "referral", "--lang", "es", "--out", pdf.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Resumen del caso", "Rosalba")
                    .doesNotContain(SummaryTestInputs.PHONE_CANARY, SummaryTestInputs.A_NUMBER_CANARY);
        }
        assertThat(err.toString()).contains("Wrote the referral summary of case " + caseNumber);
    }

    @Test
    void anAttorneyPrintsARedactedFieldWithTheReasonAndEachFieldIsAudited() throws Exception {
        Path html = tmp.resolve("referral.html");

        int code = run("summary", "--db", tmp.toString(), "--user", "maria", "--case", caseNumber, "--profile",
                "referral", "--lang", "en", "--out", html.toString(), "--include", "a-number",
                "--override-reason", "Partner clinic files the FOIA request");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(html)).contains(SummaryTestInputs.A_NUMBER_CANARY,
                "Partner clinic files the FOIA request", "Included beyond the profile by an attorney")
                .doesNotContain(SummaryTestInputs.PHONE_CANARY);
        assertThat(audit.entries()).extracting(e -> e.action() + " " + e.entityType() + " "
                + e.entityId().replaceAll("#.*", "")).contains("READ_PROTECTED summary-field A_NUMBER");
    }

    @Test
    void theOverrideIsRefusedForAnAdvocateOrWithoutItsReason() {
        Path html = tmp.resolve("refused.html");

        assertThat(runAs(Role.ADVOCATE, "summary", "--db", tmp.toString(), "--user", "maria", "--case", caseNumber,
                "--profile", "referral", "--lang", "en", "--out", html.toString(), "--include", "a-number",
                "--override-reason", "Partner clinic files the FOIA request")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("Only an attorney can add fields beyond a summary's profile.");

        assertThat(run("summary", "--db", tmp.toString(), "--user", "maria", "--case", caseNumber, "--profile",
                "referral", "--lang", "en", "--out", html.toString(), "--include", "a-number"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--include needs --override-reason TEXT");

        assertThat(run("summary", "--db", tmp.toString(), "--user", "maria", "--case", caseNumber, "--profile",
                "referral", "--lang", "en", "--out", html.toString(), "--override-reason", "Partner clinic files"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--override-reason needs at least one --include FIELD");

        assertThat(run("summary", "--db", tmp.toString(), "--user", "maria", "--case", caseNumber, "--profile",
                "referral", "--lang", "en", "--out", html.toString(), "--include", "shoe-size",
                "--override-reason", "Partner clinic files")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("unknown field 'shoe-size'", "a-number, address");
        assertThat(html).doesNotExist();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void badOptionsAreBadInputWithTheirReason() {
        assertThat(run("summary", "--db", tmp.toString(), "--user", "maria", "--case", caseNumber, "--profile",
                "public", "--lang", "en", "--out", tmp.resolve("x.pdf").toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("expected full, referral or client");

        assertThat(run("summary", "--db", tmp.toString(), "--user", "maria", "--case", "NO-SUCH", "--profile",
                "full", "--lang", "en", "--out", tmp.resolve("x.txt").toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("must end in .pdf, .docx or .html");

        assertThat(run("summary", "--db", tmp.toString(), "--user", "maria", "--case", "NO-SUCH", "--profile",
                "referral", "--lang", "en", "--out", tmp.resolve("x.pdf").toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("No case numbered NO-SUCH");
        assertThat(tmp.resolve("x.pdf")).doesNotExist();
    }
}

package org.amparo.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.amparo.backup.BackupReason;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.ImportedCase;
import org.amparo.security.AccessDeniedException;
import org.amparo.security.AuditAction;
import org.amparo.security.AuditAnchor;
import org.amparo.security.AuditLog;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.security.TestSecurity.RecordingAuditLog.Entry;
import org.junit.jupiter.api.Test;

/** Purges on the real store: every row, only the narratives, audit, access, rollback, canaries. */
class PurgeStoreTest {

    private static final LocalDate CLOSED = LocalDate.of(2024, 1, 10);
    private final PurgeFixture f = new PurgeFixture();

    @Test
    void aWholePurgeRemovesEveryRowOfTheCaseAndOfAClientWithNoOtherCase() throws Exception {
        ImportedCase c = f.closedCaseWithEverything("2024-0001", CLOSED);
        Map<String, Long> before = f.rowsOf(c.clientId(), c.caseId());
        assertThat(before).as("the fixture has data in every table").allSatisfy((table, n) -> assertThat(n)
                .as(table).isPositive());

        PurgeReport report = f.service(f.staff).purge(List.of(c.caseId()), PurgeKind.WHOLE_CASE,
                "Retention period ended", false);

        assertThat(f.rowsOf(c.clientId(), c.caseId())).allSatisfy((table, n) -> assertThat(n).as(table).isZero());
        assertThat(Canaries.where(f.db, PurgeFixture.CANARY)).isEmpty();
        assertThat(report.cases()).containsExactly(new PurgedCase(c.caseId(), "2024-0001", PurgeKind.WHOLE_CASE,
                true));
        assertThat(f.backups.reasons).containsExactly(BackupReason.BEFORE_PURGE);
        assertThat(report.rotatedOutFrom()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(report.backupCaveat()).contains("Backups made before", "2027-06-01", "rotate out");
        assertThat(f.audit.entries()).containsExactly(
                new Entry(AuditAction.PURGE, "client_case", String.valueOf(c.caseId())),
                new Entry(AuditAction.PURGE, "client", String.valueOf(c.clientId())));
        assertThat(FillEveryTable.count(f.db, "SELECT COUNT(*) FROM PURGE_RECORD WHERE CASE_NUMBER = '2024-0001' "
                + "AND REASON = 'Retention period ended' AND CLIENT_REMOVED")).isEqualTo(1);
    }

    @Test
    void aClientWithAnotherCaseKeepsHerFactsWhenOneCaseIsPurgedWhole() throws Exception {
        ImportedCase c = f.closedCaseWithEverything("2024-0001", CLOSED);
        CaseInfo other = f.cases.openCase(new CaseInfo(null, c.clientId(), "2026-0009", java.util.Set.of(),
                CaseStatus.OPEN, null, null, "main", LocalDate.of(2026, 5, 1), null, 0));
        Map<String, Long> before = f.rowsOf(c.clientId(), c.caseId());

        PurgeReport report = f.service(f.staff).purge(List.of(c.caseId()), PurgeKind.WHOLE_CASE, "ended", false);

        Map<String, Long> after = f.rowsOf(c.clientId(), c.caseId());
        assertThat(report.cases().get(0).clientRemoved()).isFalse();
        assertThat(f.cases.findCase(c.caseId())).isEmpty();
        for (String caseTable : List.of("CASE_NOTE", "ADVERSE_PARTY", "ADVERSE_PARTY_ALIAS",
                "ADVERSE_PARTY_TERM", "CASE_SCREENING", "CASE_RELIEF", "INTAKE_DRAFT", "SCREENING_RUN")) {
            assertThat(after.get(caseTable)).as(caseTable).isZero();
        }
        for (String clientTable : List.of("CLIENT", "FACT_IMMIGRATION", "FACT_U", "FACT_VAWA", "FACT_COURT_EVENT")) {
            assertThat(after.get(clientTable)).as(clientTable).isEqualTo(before.get(clientTable));
        }
        assertThat(f.cases.findCase(other.id())).isPresent();
    }

    @Test
    void aNarrativesPurgeBlanksEveryFreeTextButKeepsTheStructuredFacts() throws Exception {
        ImportedCase c = f.closedCaseWithEverything("2024-0001", CLOSED);
        Map<String, Long> before = f.rowsOf(c.clientId(), c.caseId());
        assertThat(Canaries.where(f.db, PurgeFixture.CANARY)).hasSizeGreaterThanOrEqualTo(5);

        f.service(f.staff).purge(List.of(c.caseId()), PurgeKind.NARRATIVES, "Narratives no longer needed", false);

        assertThat(Canaries.where(f.db, PurgeFixture.CANARY)).as("canary left in").isEmpty();
        Map<String, Long> after = f.rowsOf(c.clientId(), c.caseId());
        before.forEach((table, n) -> assertThat(after.get(table)).as(table)
                .isEqualTo(table.equals("INTAKE_DRAFT") ? 0 : n));
        assertThat(f.cases.notes(c.caseId())).extracting(n -> n.text()).containsExactly("");
        assertThat(f.cases.facts(c.clientId()).facts().conduct().fraudDetails()).as("facts still load").isNull();
        assertThat(f.cases.facts(c.clientId()).facts().immigration()).isNotNull();
        assertThat(f.cases.findCase(c.caseId()).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(FillEveryTable.count(f.db, "SELECT COUNT(*) FROM CLIENT_CASE WHERE ID = " + c.caseId()
                + " AND PURGE_KIND = 'NARRATIVES' AND PURGED_BY = 'ana.attorney'")).isEqualTo(1);
        assertThat(f.audit.entries()).containsExactly(
                new Entry(AuditAction.PURGE, "case_narratives", String.valueOf(c.caseId())));
    }

    @Test
    void advocatesAndVolunteersMayNotPurgeAndNothingChanges() throws Exception {
        ImportedCase c = f.closedCaseWithEverything("2024-0001", CLOSED);
        Map<String, Long> before = f.rowsOf(c.clientId(), c.caseId());
        for (Role role : List.of(Role.ADVOCATE, Role.VOLUNTEER)) {
            RetentionService service = f.service(TestSecurity.asUser(f.db, "pat." + role, "main", role));
            assertThat(service.canPurge(PurgeKind.WHOLE_CASE)).as(role.name()).isFalse();
            assertThat(service.canPurge(PurgeKind.NARRATIVES)).as(role.name()).isFalse();
            for (PurgeKind kind : PurgeKind.values()) {
                assertThatThrownBy(() -> service.purge(List.of(c.caseId()), kind, "why", false))
                        .as(role + " " + kind).isInstanceOf(AccessDeniedException.class);
            }
            assertThat(service.scheduledDue(LocalDate.of(2026, 6, 1))).isEmpty();
        }
        assertThat(f.rowsOf(c.clientId(), c.caseId())).isEqualTo(before);
        assertThat(f.backups.reasons).isEmpty();
        assertThat(f.audit.entries()).isEmpty();
    }

    @Test
    void anAdministratorMayPurge() throws Exception {
        ImportedCase c = f.closedCaseWithEverything("2024-0001", CLOSED);
        RetentionService service = f.service(TestSecurity.asUser(f.db, "ada.admin", "main", Role.ADMINISTRATOR));
        assertThat(service.canPurge(PurgeKind.WHOLE_CASE)).isTrue();

        service.purge(List.of(c.caseId()), PurgeKind.WHOLE_CASE, "ended", false);

        assertThat(f.cases.findCase(c.caseId())).isEmpty();
    }

    @Test
    void aFailureMidPurgeRollsBackEveryCase() throws Exception {
        ImportedCase first = f.closedCaseWithEverything("2024-0001", CLOSED);
        ImportedCase second = f.closedCaseWithEverything("2024-0002", CLOSED);
        Map<String, Long> before1 = f.rowsOf(first.clientId(), first.caseId());
        Map<String, Long> before2 = f.rowsOf(second.clientId(), second.caseId());
        AuditLog failsOnTheThirdEntry = new AuditLog() {
            private int n;

            @Override
            public void record(AuditAction action, String entityType, String entityId) {
                if (++n == 3) {
                    throw new IllegalStateException("The audit log could not be written.");
                }
            }

            @Override
            public AuditAnchor head() {
                return AuditAnchor.EMPTY;
            }
        };

        assertThatThrownBy(() -> f.service(f.staff, failsOnTheThirdEntry).purge(
                List.of(first.caseId(), second.caseId()), PurgeKind.WHOLE_CASE, "ended", false))
                .isInstanceOf(PurgeException.class).hasMessageContaining("audit log");

        assertThat(f.rowsOf(first.clientId(), first.caseId())).isEqualTo(before1);
        assertThat(f.rowsOf(second.clientId(), second.caseId())).isEqualTo(before2);
        assertThat(FillEveryTable.count(f.db, "SELECT COUNT(*) FROM PURGE_RECORD")).isZero();
    }

    @Test
    void noBackupNoPurge() throws Exception {
        ImportedCase c = f.closedCaseWithEverything("2024-0001", CLOSED);
        Map<String, Long> before = f.rowsOf(c.clientId(), c.caseId());
        f.backups.fail = true;

        assertThatThrownBy(() -> f.service(f.staff).purge(List.of(c.caseId()), PurgeKind.WHOLE_CASE, "ended", false))
                .isInstanceOf(PurgeException.class).hasMessageContaining("Nothing was purged")
                .hasMessageContaining("not writable");

        assertThat(f.rowsOf(c.clientId(), c.caseId())).isEqualTo(before);
    }

    @Test
    void anOpenCaseIsRefusedAndNothingInTheBatchIsPurged() throws Exception {
        ImportedCase closed = f.closedCaseWithEverything("2024-0001", CLOSED);
        CaseInfo open = f.cases.openCase(new CaseInfo(null, closed.clientId(), "2026-0009", java.util.Set.of(),
                CaseStatus.OPEN, null, null, "main", LocalDate.of(2026, 5, 1), null, 0));

        assertThatThrownBy(() -> f.service(f.staff).purge(List.of(closed.caseId(), open.id()), PurgeKind.WHOLE_CASE,
                "ended", false)).isInstanceOf(PurgeException.class).hasMessageContaining("2026-0009 is open");

        assertThat(f.cases.findCase(closed.caseId())).isPresent();
        assertThat(f.backups.reasons).isEmpty();
    }

    @Test
    void aDryRunReportsWhatWouldGoAndChangesNothing() throws Exception {
        ImportedCase c = f.closedCaseWithEverything("2024-0001", CLOSED);
        Map<String, Long> before = f.rowsOf(c.clientId(), c.caseId());

        PurgeReport report = f.service(f.staff).purge(List.of(c.caseId()), PurgeKind.WHOLE_CASE, "check", true);

        assertThat(report.dryRun()).isTrue();
        assertThat(report.cases()).containsExactly(new PurgedCase(c.caseId(), "2024-0001", PurgeKind.WHOLE_CASE,
                true));
        assertThat(f.rowsOf(c.clientId(), c.caseId())).isEqualTo(before);
        assertThat(f.backups.reasons).isEmpty();
        assertThat(f.audit.entries()).isEmpty();
    }

    @Test
    void aReasonIsRequired() throws Exception {
        ImportedCase c = f.closedCaseWithEverything("2024-0001", CLOSED);

        assertThatThrownBy(() -> f.service(f.staff).purge(List.of(c.caseId()), PurgeKind.WHOLE_CASE, "  ", false))
                .isInstanceOf(PurgeException.class).hasMessageContaining("reason");
        assertThat(f.cases.findCase(c.caseId())).isPresent();
    }
}

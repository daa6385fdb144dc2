package org.amparo.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.amparo.cases.ImportedCase;
import org.amparo.clients.StaleEditException;
import org.amparo.security.AccessDeniedException;
import org.amparo.security.AuditAction;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.security.TestSecurity.RecordingAuditLog.Entry;
import org.junit.jupiter.api.Test;

/** Retention rules per program (versioned) and the preview of due cases, on the real store. */
class RetentionSettingsStoreTest {

    private final PurgeFixture f = new PurgeFixture();

    @Test
    void aProgramWithoutARuleShowsAnUnsavedDefaultAndSavesAreVersioned() throws Exception {
        RetentionService admin = f.service(TestSecurity.asUser(f.db, "ada.admin", "main", Role.ADMINISTRATOR));
        RetentionSetting shown = admin.settings().stream().filter(s -> s.program().equals("main")).findFirst()
                .orElseThrow();
        assertThat(shown.updatedAt()).isNull();

        RetentionSetting saved = admin.saveSetting(RetentionSetting.draft("main", 36, PurgeKind.NARRATIVES, true));
        RetentionSetting again = admin.saveSetting(new RetentionSetting("main", 48, PurgeKind.WHOLE_CASE, true,
                saved.version(), saved.updatedAt(), saved.updatedBy()));

        assertThat(again.version()).isEqualTo(saved.version() + 1);
        assertThat(again.keepMonths()).isEqualTo(48);
        assertThat(again.updatedBy()).isEqualTo("ada.admin");
        assertThatThrownBy(() -> admin.saveSetting(saved)).isInstanceOf(StaleEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThatThrownBy(() -> admin.saveSetting(RetentionSetting.draft("main", 12, PurgeKind.WHOLE_CASE, false)))
                .isInstanceOf(StaleEditException.class);
        assertThat(f.audit.entries()).containsExactly(new Entry(AuditAction.UPDATE, "retention_setting", "main"),
                new Entry(AuditAction.UPDATE, "retention_setting", "main"));
    }

    @Test
    void onlyAdministratorsChangeRules() {
        for (Role role : List.of(Role.ATTORNEY, Role.ADVOCATE, Role.VOLUNTEER)) {
            RetentionService service = f.service(TestSecurity.asUser(f.db, "pat." + role, "main", role));
            assertThatThrownBy(() -> service.saveSetting(RetentionSetting.draft("main", 12, PurgeKind.WHOLE_CASE,
                    true))).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void thePreviewNamesDueAndHeldCasesAndTheScheduleOffersOnlyScheduledPrograms() throws Exception {
        ImportedCase c = f.closedCaseWithEverything("2024-0001", LocalDate.of(2024, 1, 10));
        RetentionService service = f.service(f.staff);
        assertThat(service.preview(LocalDate.of(2026, 6, 1))).extracting(PurgeCandidate::verdict)
                .containsExactly(RetentionVerdict.NO_RULE);

        RetentionSetting rule = service.saveSetting(RetentionSetting.draft("main", 12, PurgeKind.WHOLE_CASE, false));

        assertThat(service.preview(LocalDate.of(2026, 6, 1))).containsExactly(new PurgeCandidate(c.caseId(),
                "2024-0001", "main", LocalDate.of(2024, 1, 10), LocalDate.of(2025, 1, 10), PurgeKind.WHOLE_CASE,
                RetentionVerdict.DUE, null));
        assertThat(service.preview(LocalDate.of(2026, 3, 1))).extracting(PurgeCandidate::verdict,
                PurgeCandidate::nextDate).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        RetentionVerdict.HELD_UPCOMING_DATE, LocalDate.of(2026, 3, 20)));
        assertThat(service.scheduledDue(LocalDate.of(2026, 6, 1))).as("schedule off").isEmpty();

        service.saveSetting(new RetentionSetting("main", 12, PurgeKind.WHOLE_CASE, true, rule.version(),
                rule.updatedAt(), rule.updatedBy()));

        assertThat(service.scheduledDue(LocalDate.of(2026, 6, 1))).extracting(PurgeCandidate::caseNumber)
                .containsExactly("2024-0001");
        assertThat(f.cases.findCase(c.caseId())).as("offering is not purging").isPresent();
    }
}

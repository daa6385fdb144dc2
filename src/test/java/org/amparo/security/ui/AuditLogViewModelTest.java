package org.amparo.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.security.AuditAction;
import org.amparo.security.AuditFixture;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** The audit page and banner as an administrator and as anyone else would see them (no toolkit). */
class AuditLogViewModelTest {

    private static final String ADMIN = "Ana Ejemplo";
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final AuditTexts texts = new AuditTexts(messages);
    private final SyncTaskRunner tasks = SyncTaskRunner.immediate();

    @Test
    void anAdministratorSeesTheNewestEntriesAndCanVerifyTheChain() {
        AuditFixture audit = new AuditFixture(ADMIN, TestSecurity.permitAll(ADMIN, Role.ADMINISTRATOR, "main"));
        audit.log.record(AuditAction.SIGN_IN, "SESSION", null);
        audit.log.record(AuditAction.EXPORT, "CASE", "2026-0001");
        AuditLogViewModel page = new AuditLogViewModel(audit.monitor, tasks, messages, texts);

        page.load();
        assertThat(page.isVisible()).isTrue();
        assertThat(page.entries()).hasSize(2);
        assertThat(page.entries().get(0)).startsWith("#2").contains(ADMIN, "EXPORT", "CASE 2026-0001");
        assertThat(page.statusProperty().get()).isEqualTo("Not checked yet in this session.");

        page.verifyNow();
        assertThat(page.statusProperty().get()).isEqualTo("Intact: 2 entries checked, through entry #2.");
        assertThat(page.entries().get(0)).startsWith("#3").contains("AUDIT_VERIFIED");
        assertThat(page.tamperedProperty().get()).isFalse();
    }

    @Test
    void aTamperedChainIsNamedOnThePageAndInTheBanner() {
        AuditFixture audit = new AuditFixture(ADMIN, TestSecurity.permitAll(ADMIN, Role.ADMINISTRATOR, "main"));
        for (int i = 0; i < 5; i++) {
            audit.log.record(AuditAction.READ_PROTECTED, "CLIENT", String.valueOf(i));
        }
        audit.sql("UPDATE audit_log SET entity_id = '99' WHERE seq = 3");
        AuditLogViewModel page = new AuditLogViewModel(audit.monitor, tasks, messages, texts);

        page.verifyNow();
        assertThat(page.statusProperty().get()).isEqualTo("Altered at entry #3: an entry was changed.");
        assertThat(page.tamperedProperty().get()).isTrue();

        AuditAlertViewModel banner = new AuditAlertViewModel(audit.monitor, tasks, messages, texts);
        banner.activate();
        assertThat(banner.showingProperty().get()).isTrue();
        assertThat(banner.textProperty().get()).startsWith("The audit log has been altered (entry #3");
    }

    @Test
    void someoneWhoMayNotReadTheLogSeesNeitherPageNorBanner() {
        AuditFixture audit = new AuditFixture("Vera Demo", AuditFixture.noAuditLog("Vera Demo"));
        audit.log.record(AuditAction.SIGN_IN, "SESSION", null);
        audit.sql("DELETE FROM audit_log");
        AuditLogViewModel page = new AuditLogViewModel(audit.monitor, tasks, messages, texts);
        page.load();
        page.verifyNow();
        assertThat(page.isVisible()).isFalse();
        assertThat(page.entries()).isEmpty();

        AuditAlertViewModel banner = new AuditAlertViewModel(audit.monitor, tasks, messages, texts);
        banner.activate();
        assertThat(banner.showingProperty().get()).isFalse();
    }
}

package org.amparo.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.platform.db.TestDatabases;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.security.AccessDeniedException;
import org.amparo.security.Action;
import org.amparo.security.AuditAction;
import org.amparo.security.DataKind;
import org.amparo.security.MatrixAccessControl;
import org.amparo.security.MutableClock;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.security.ui.BreakGlassViewModel.ClientAccess;
import org.amparo.testing.FakeDialogService;
import org.junit.jupiter.api.Test;

/** Break-glass in the main window without the toolkit: the real access matrix, a hand-moved clock, sync tasks. */
class BreakGlassViewModelTest {

    private static final String REASON = "Client in danger, her attorney is away";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T09:00:00Z"));
    private final TestSecurity.RecordingAuditLog audit = new TestSecurity.RecordingAuditLog();
    private final SyncTaskRunner tasks = SyncTaskRunner.immediate();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final AtomicInteger refreshed = new AtomicInteger();

    private BreakGlassViewModel model(Role... roles) {
        MatrixAccessControl access = TestSecurity.asUser(TestDatabases.freshInMemory(), "Adela Prueba", "main", clock,
                audit, roles);
        this.access = access;
        BreakGlassViewModel viewModel = new BreakGlassViewModel(access, access, tasks, dialogs,
                new Messages(Locale.ENGLISH), clock);
        viewModel.refresh(refreshed::incrementAndGet);
        return viewModel;
    }

    private MatrixAccessControl access;

    @Test
    void anAdministratorWithoutClientRightsIsOfferedBreakGlassAndOthersAreNot() {
        assertThat(model(Role.ADMINISTRATOR).clientAccessProperty().get()).isEqualTo(ClientAccess.BREAK_GLASS_NEEDED);
        assertThat(model(Role.ADMINISTRATOR, Role.ATTORNEY).clientAccessProperty().get())
                .isEqualTo(ClientAccess.ALLOWED);
        assertThat(model(Role.VOLUNTEER).clientAccessProperty().get()).isEqualTo(ClientAccess.ALLOWED);
        assertThat(refreshed).as("each check calls back when known").hasValue(3);
    }

    @Test
    void anEmptyOrShortReasonIsRefusedWithAClearErrorAndNothingStarts() {
        BreakGlassViewModel viewModel = model(Role.ADMINISTRATOR);
        viewModel.prepareDialog();

        assertThat(viewModel.begin()).isFalse();
        assertThat(viewModel.errorProperty().get())
                .isEqualTo("Write why you need client data (at least 10 characters).");
        viewModel.reasonProperty().set("  urgent  ");
        assertThat(viewModel.begin()).isFalse();

        assertThat(viewModel.activeProperty().get()).isFalse();
        assertThat(audit.entries()).isEmpty();
        assertThat(access.can(Action.READ, DataKind.CLIENT_IDENTITY)).isFalse();
    }

    @Test
    void aReasonStartsItAndTheBannerCountsDown() {
        BreakGlassViewModel viewModel = model(Role.ADMINISTRATOR);
        viewModel.prepareDialog();
        assertThat(viewModel.limitText()).contains("120 minutes");
        viewModel.reasonProperty().set(REASON);
        viewModel.minutesProperty().set(15);

        assertThat(viewModel.begin()).isTrue();

        assertThat(viewModel.activeProperty().get()).isTrue();
        assertThat(viewModel.clientAccessProperty().get()).isEqualTo(ClientAccess.ALLOWED);
        assertThat(viewModel.bannerTextProperty().get())
                .isEqualTo("Break-glass active — every read is recorded — ends in 15:00");
        clock.advance(Duration.ofSeconds(61));
        tasks.tick();
        assertThat(viewModel.bannerTextProperty().get()).endsWith("ends in 13:59");
        assertThat(audit.entries()).extracting(TestSecurity.RecordingAuditLog.Entry::action)
                .containsExactly(AuditAction.BREAK_GLASS);
    }

    @Test
    void expiryWithdrawsAccessAtOnceAndRecordsTheEnd() {
        BreakGlassViewModel viewModel = started();

        clock.advance(Duration.ofMinutes(30));
        tasks.tick();

        assertThat(viewModel.activeProperty().get()).isFalse();
        assertThat(viewModel.clientAccessProperty().get()).isEqualTo(ClientAccess.BREAK_GLASS_NEEDED);
        assertThat(tasks.periodicCount()).isZero();
        assertThatThrownBy(() -> access.require(Action.READ, DataKind.CLIENT_IDENTITY))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.entries()).extracting(TestSecurity.RecordingAuditLog.Entry::action)
                .containsExactly(AuditAction.BREAK_GLASS, AuditAction.BREAK_GLASS_ENDED);
    }

    @Test
    void endNowWithdrawsAccessAndRecordsTheEnd() {
        BreakGlassViewModel viewModel = started();
        access.require(Action.READ, DataKind.PROTECTED_1367);

        viewModel.endNow();

        assertThat(viewModel.activeProperty().get()).isFalse();
        assertThat(access.can(Action.READ, DataKind.PROTECTED_1367)).isFalse();
        assertThat(audit.entries()).extracting(TestSecurity.RecordingAuditLog.Entry::action).containsExactly(
                AuditAction.BREAK_GLASS, AuditAction.READ_PROTECTED, AuditAction.BREAK_GLASS_ENDED);
    }

    @Test
    void countdownRoundsUpToTheNextSecond() {
        assertThat(BreakGlassViewModel.countdown(Duration.ofMillis(59_001))).isEqualTo("01:00");
        assertThat(BreakGlassViewModel.countdown(Duration.ofMinutes(120))).isEqualTo("120:00");
        assertThat(BreakGlassViewModel.countdown(Duration.ofMillis(1))).isEqualTo("00:01");
    }

    private BreakGlassViewModel started() {
        BreakGlassViewModel viewModel = model(Role.ADMINISTRATOR);
        viewModel.prepareDialog();
        viewModel.reasonProperty().set(REASON);
        assertThat(viewModel.begin()).isTrue();
        assertThat(viewModel.activeProperty().get()).isTrue();
        return viewModel;
    }
}

package org.amparo.deadlines.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.amparo.clients.StaleEditException;
import org.amparo.deadlines.data.ManualDeadlineRepository;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.security.AuditAction;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.security.TestSecurity.RecordingAuditLog;
import org.junit.jupiter.api.Test;

/** Deadlines added by hand: listed by date range and client, marked done, stale edits refused, audited. */
class DefaultManualDeadlineServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    private final Database db = TestDatabases.freshInMemory();
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final ManualDeadlineService service = new DefaultManualDeadlineService(new ManualDeadlineRepository(db),
            db, TestSecurity.permitAll("prueba", Role.ADVOCATE, "Demo program"), audit);

    private long latestClient() {
        return db.dsl().fetchOne("SELECT MAX(id) FROM client").get(0, Long.class);
    }

    private long newClient(String family) {
        db.dsl().execute("INSERT INTO client (given_name, family_name) VALUES ('Demo', ?)", family);
        return latestClient();
    }

    @Test
    void deadlinesAreListedByDateWithinTheRange() throws Exception {
        long rosa = newClient("Ejemplo");
        long ana = newClient("Prueba");
        service.save(new ManualDeadline(null, rosa, null, DAY.plusDays(10), "File the police certification", false, 0));
        service.save(new ManualDeadline(null, ana, 7L, DAY, "Collect school records", false, 0));
        service.save(new ManualDeadline(null, ana, 7L, DAY.plusDays(40), "Out of range", false, 0));

        assertThat(service.between(DAY, DAY.plusDays(30))).extracting(ManualDeadline::label)
                .containsExactly("Collect school records", "File the police certification");
        assertThat(service.ofClient(ana)).extracting(ManualDeadline::caseId).containsOnly(7L);
        assertThat(audit.entries()).extracting(RecordingAuditLog.Entry::action).containsOnly(AuditAction.CREATE);
    }

    @Test
    void markingDoneBumpsTheVersionAndAStaleCopyIsRefused() throws Exception {
        long rosa = newClient("Ejemplo");
        ManualDeadline saved = service.save(new ManualDeadline(null, rosa, null, DAY, "Biometrics", false, 0));
        ManualDeadline done = service.save(new ManualDeadline(saved.id(), rosa, null, DAY, "Biometrics", true,
                saved.version()));
        assertThat(done.version()).isEqualTo(1);
        assertThat(service.between(DAY, DAY)).singleElement().extracting(ManualDeadline::done).isEqualTo(true);
        assertThatThrownBy(() -> service.save(saved)).isInstanceOf(StaleEditException.class);
        assertThat(audit.entries()).extracting(RecordingAuditLog.Entry::action)
                .containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
    }

    @Test
    void aDeadlineNeedsALabelAndADate() {
        long rosa = newClient("Ejemplo");
        assertThatThrownBy(() -> service.save(new ManualDeadline(null, rosa, null, DAY, " ", false, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.save(new ManualDeadline(null, rosa, null, null, "x", false, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletingNeedsTheVersionReadAndIsAudited() throws Exception {
        long rosa = newClient("Ejemplo");
        ManualDeadline saved = service.save(new ManualDeadline(null, rosa, null, DAY, "Biometrics", false, 0));
        ManualDeadline renamed = service.save(new ManualDeadline(saved.id(), rosa, null, DAY, "Fingerprints", false,
                saved.version()));

        assertThatThrownBy(() -> service.delete(saved.id(), saved.version())).isInstanceOf(StaleEditException.class);
        assertThat(service.find(saved.id())).contains(renamed);
        service.delete(saved.id(), renamed.version());

        assertThat(service.find(saved.id())).isEmpty();
        assertThat(service.ofClient(rosa)).isEmpty();
        assertThat(audit.entries()).extracting(RecordingAuditLog.Entry::action)
                .containsExactly(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE);
    }
}

package org.amparo.courthouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.amparo.clients.StaleEditException;
import org.amparo.courthouse.data.CourthouseRepository;
import org.amparo.facts.CourtEvent.CourtType;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.security.AuditAction;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.security.TestSecurity.RecordingAuditLog;
import org.junit.jupiter.api.Test;

/** Courthouses filed under jurisdictions, ICE-activity reports, and the 90-day count a court event gets. */
class DefaultCourthouseServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private final Database db = TestDatabases.freshInMemory();
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final CourthouseService service = new DefaultCourthouseService(new CourthouseRepository(db), db,
            TestSecurity.permitAll("prueba", Role.ADVOCATE, "Demo program"), audit);

    static Courthouse draft(String name, String county, String state) {
        return new Courthouse(null, name, "1 Example Plaza, Example City", county, state,
                Set.of(CourtType.family, CourtType.protective_order), 0);
    }

    private IceActivityReport report(long courthouseId, LocalDate on, boolean verified) {
        return new IceActivityReport(null, courthouseId, on, "Two plain-clothes officers in the lobby",
                "Court watcher", verified, null, null, 0);
    }

    @Test
    void courthousesAreFiledUnderOneJurisdictionPerCounty() throws Exception {
        service.saveCourthouse(draft("Example Family Court", "Example County", "TX"));
        service.saveCourthouse(draft("Example Criminal Court", "  example   county ", "Texas"));
        service.saveCourthouse(draft("Prueba Court", "Prueba County", "NM"));

        assertThat(service.jurisdictions()).extracting(Jurisdiction::state, Jurisdiction::county)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NM", "Prueba County"),
                        org.assertj.core.groups.Tuple.tuple("TX", "Example County"));
        assertThat(service.courthouses()).extracting(Courthouse::name)
                .containsExactly("Prueba Court", "Example Criminal Court", "Example Family Court");
        assertThat(service.courthouses().get(0).courtTypes())
                .containsExactlyInAnyOrder(CourtType.family, CourtType.protective_order);
        assertThat(audit.entries()).extracting(RecordingAuditLog.Entry::action).containsOnly(AuditAction.CREATE);
    }

    @Test
    void aStaleCourthouseEditIsRefused() throws Exception {
        Courthouse saved = service.saveCourthouse(draft("Example Family Court", "Example County", "TX"));
        Courthouse renamed = service.saveCourthouse(new Courthouse(saved.id(), "Example Family Justice Center",
                saved.address(), saved.county(), saved.state(), saved.courtTypes(), saved.version()));
        assertThat(renamed.version()).isEqualTo(1);
        assertThatThrownBy(() -> service.saveCourthouse(saved)).isInstanceOf(StaleEditException.class);
        assertThat(service.courthouses()).extracting(Courthouse::name).containsExactly("Example Family Justice Center");
    }

    @Test
    void badCourthousesAreRefusedWithAReason() {
        assertThatThrownBy(() -> service.saveCourthouse(draft(" ", "Example County", "TX")))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> service.saveCourthouse(draft("Example Court", "Example County", "Narnia")))
                .hasMessageContaining("Narnia");
        assertThatThrownBy(() -> service.saveCourthouse(draft("Example Court", "", "TX")))
                .hasMessageContaining("county");
    }

    @Test
    void advocatesLogIceActivityUnderTheRealMatrixAndVolunteersOnlyRead() throws Exception {
        long id = service.saveCourthouse(draft("Example Family Court", "Example County", "TX")).id();
        CourthouseService asAdvocate = new DefaultCourthouseService(new CourthouseRepository(db), db,
                TestSecurity.asUser(db, "abogada", "Demo program", Role.ADVOCATE), audit);
        CourthouseService asVolunteer = new DefaultCourthouseService(new CourthouseRepository(db), db,
                TestSecurity.asUser(db, "voluntaria", "Demo program", Role.VOLUNTEER), audit);

        asAdvocate.saveReport(report(id, TODAY.minusDays(1), false), TODAY);

        assertThat(asVolunteer.reports(id)).hasSize(1);
        assertThatThrownBy(() -> asVolunteer.saveReport(report(id, TODAY, false), TODAY))
                .isInstanceOf(org.amparo.security.AccessDeniedException.class);
        assertThat(asAdvocate.reports(id)).hasSize(1);
    }

    @Test
    void reportsAreLoggedWithWhoAndWhenAndListedNewestFirst() throws Exception {
        long id = service.saveCourthouse(draft("Example Family Court", "Example County", "TX")).id();
        service.saveReport(report(id, TODAY.minusDays(20), false), TODAY);
        IceActivityReport newer = service.saveReport(report(id, TODAY.minusDays(2), false), TODAY);

        assertThat(newer.createdBy()).isEqualTo("prueba");
        assertThat(newer.createdAt()).isNotNull();
        IceActivityReport verified = service.saveReport(new IceActivityReport(newer.id(), id, newer.observedOn(),
                newer.whatSeen(), "Rapid-response line", true, newer.createdBy(), newer.createdAt(), newer.version()),
                TODAY);
        assertThat(service.reports(id)).extracting(IceActivityReport::observedOn, IceActivityReport::verified)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TODAY.minusDays(2), true),
                        org.assertj.core.groups.Tuple.tuple(TODAY.minusDays(20), false));
        assertThatThrownBy(() -> service.saveReport(newer, TODAY)).isInstanceOf(StaleEditException.class);
        assertThat(verified.version()).isEqualTo(1);
    }

    @Test
    void aReportDatedInTheFutureOrWithoutADescriptionIsRefused() throws Exception {
        long id = service.saveCourthouse(draft("Example Family Court", "Example County", "TX")).id();
        assertThatThrownBy(() -> service.saveReport(report(id, TODAY.plusDays(1), false), TODAY))
                .hasMessageContaining("today or earlier");
        assertThatThrownBy(() -> service.saveReport(new IceActivityReport(null, id, TODAY, " ", "x", false, null,
                null, 0), TODAY)).hasMessageContaining("seen");
    }

    @Test
    void theRecentCountCoversTheNinetyDaysUpToAsOfVerifiedOrNot() throws Exception {
        long id = service.saveCourthouse(draft("Example Family Court", "Example County", "TX")).id();
        for (int daysAgo : List.of(0, 45, 89, 90, 200)) {
            service.saveReport(report(id, TODAY.minusDays(daysAgo), daysAgo % 2 == 0), TODAY);
        }
        assertThat(service.recentReportCount("TX", "Example County", "Example Family Court", TODAY)).isEqualTo(3);
        assertThat(service.recentReportCount("texas", "example", " example  family court ", TODAY)).isEqualTo(3);
        assertThat(service.recentReportCount("TX", "Example County", "Example Family Court", TODAY.minusDays(1)))
                .as("a report on as_of + 1 day is not yet recent").isEqualTo(3);
        assertThat(service.recentReportCount("TX", "Example County", "Example Family Court", TODAY.plusYears(1)))
                .isZero();
    }

    @Test
    void aCourthouseNotOnFileHasNoCountRatherThanZero() throws Exception {
        service.saveCourthouse(draft("Example Family Court", "Example County", "TX"));
        assertThat(service.recentReportCount("TX", "Example County", "Other Court", TODAY)).isNull();
        assertThat(service.recentReportCount("NM", "Example County", "Example Family Court", TODAY)).isNull();
        assertThat(service.recentReportCount("TX", "Example County", null, TODAY)).isNull();
    }
}

package org.amparo.cases.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseStatus;
import org.amparo.clients.data.ClientRepository;
import org.amparo.facts.Person;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.screening.ReliefResult.Relief;
import org.junit.jupiter.api.Test;

/**
 * Paging through the caseload's intake and open cases (what a re-screen reads): every active case exactly once, in
 * id order with the relief it pursues, whatever the mix of statuses; closed cases never.
 */
class ActiveCasePagesTest {

    private final Database db = TestDatabases.freshInMemory();
    private final CaseRepository cases = new CaseRepository(db);

    @Test
    void pagesHoldEveryIntakeAndOpenCaseOnceInIdOrderAndNoClosedOne() {
        long client = new ClientRepository(db).insert(
                new Person("Ficticia", "Prueba", null, List.of(), null, null, List.of(), List.of(), null, List.of(),
                        List.of(), null, null), "test").id();
        Random random = new Random(3);
        List<CaseInfo> drafts = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            // runs of one status, then mixed, so a page can hold one status only or both
            CaseStatus status = i < 40 ? CaseStatus.OPEN : i < 70 ? CaseStatus.INTAKE : i < 90 ? CaseStatus.CLOSED
                    : CaseStatus.values()[random.nextInt(3)];
            Set<Relief> relief = i % 3 == 0 ? Set.of(Relief.values()[i % Relief.values().length]) : Set.of();
            drafts.add(new CaseInfo(null, client, "", relief, status, null, null, "main",
                    LocalDate.of(2026, 1, 5), status == CaseStatus.CLOSED ? LocalDate.of(2026, 2, 1) : null, 0));
        }
        List<CaseInfo> stored = cases.insertAll(drafts, 2026, "test");
        List<CaseInfo> active = stored.stream().filter(c -> c.status() != CaseStatus.CLOSED).toList();

        for (int pageSize : new int[] {1, 7, 25, 1000}) {
            List<CaseInfo> paged = new ArrayList<>();
            long after = 0;
            while (true) {
                List<CaseInfo> page = cases.activeAfter(after, pageSize);
                if (page.isEmpty()) {
                    break;
                }
                assertThat(page).as("page size %d", pageSize).hasSizeLessThanOrEqualTo(pageSize);
                paged.addAll(page);
                after = page.get(page.size() - 1).id();
            }
            assertThat(paged).as("page size %d", pageSize).containsExactlyElementsOf(active);
        }
    }
}

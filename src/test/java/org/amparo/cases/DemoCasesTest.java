package org.amparo.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.junit.jupiter.api.Test;

class DemoCasesTest {

    @Test
    void demoCasesAreFictionalWithFactsAndMostlyOpenAndAssignedToTheDemoUser() throws Exception {
        CaseStoreFixture store = new CaseStoreFixture();
        DemoCases demo = new SyntheticDemoCases(store.service,
                TestSecurity.permitAll("ana.advocate", Role.ADVOCATE, "main"));

        List<Long> ids = demo.add(20, 7);

        assertThat(ids).hasSize(20).doesNotHaveDuplicates();
        List<CaseInfo> infos = ids.stream().map(id -> store.service.findCase(id).orElseThrow()).toList();
        assertThat(infos).filteredOn(c -> c.status() == CaseStatus.OPEN).hasSize(16)
                .allSatisfy(c -> assertThat(c.assignedAdvocate()).isEqualTo("ana.advocate"));
        assertThat(infos).filteredOn(c -> c.status() == CaseStatus.INTAKE).hasSize(4);
        var facts = store.service.facts(infos.get(0).clientId()).facts();
        assertThat(facts.person().givenName()).isEqualTo("Demo");
        assertThat(facts.immigration()).isNotNull();
    }
}

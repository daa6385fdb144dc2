package org.amparo.courthouse.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amparo.courthouse.SnapshotInfo;
import org.amparo.courthouse.ice287g.Agreement287g;
import org.amparo.courthouse.ice287g.Ice287gSnapshot;
import org.amparo.facts.CourtEvent.Model287g;
import org.amparo.platform.db.TestDatabases;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** Snapshots are written all or nothing, in batches, and the newest one is in force. */
class Ice287gRepositoryTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 1, 15, 10, 0, 0, 0, ZoneOffset.UTC);

    private final Ice287gRepository repository = new Ice287gRepository(TestDatabases.freshInMemory());

    private static Agreement287g agreement(int row, String county, Model287g model) {
        return new Agreement287g("TX", "Demo-Ejemplo Agency " + row, "County", county, model,
                LocalDate.of(2025, 1, 2), "link", row);
    }

    private static Ice287gSnapshot snapshot(List<Agreement287g> agreements) {
        return new Ice287gSnapshot(agreements, agreements.size(), agreements.size(), 0,
                Map.of(Model287g.JEM, 0), 1, 1, List.of());
    }

    private SnapshotInfo save(List<Agreement287g> agreements, String name) {
        return repository.save(snapshot(agreements), name, null, "prueba", AT);
    }

    @Test
    void moreAgreementsThanOneBatchAreAllStored() {
        List<Agreement287g> many = new ArrayList<>();
        for (int row = 2; row < 2 + Ice287gRepository.BATCH_SIZE * 2 + 7; row++) {
            many.add(agreement(row, "Example County", Model287g.TFM));
        }
        save(many, "big.csv");
        assertThat(repository.agreementCount()).isEqualTo(Ice287gRepository.BATCH_SIZE * 2 + 7);
    }

    @Test
    void anImportFailingMidwayLeavesThePreviousSnapshotInForce() {
        SnapshotInfo first = save(List.of(agreement(2, "Example County", Model287g.JEM)), "first.csv");
        List<Agreement287g> broken = new ArrayList<>();
        for (int row = 2; row < 700; row++) {
            broken.add(agreement(row, "Prueba County", Model287g.WSO));
        }
        broken.add(agreement(700, null, Model287g.WSO)); // county is NOT NULL: the second batch fails

        assertThatThrownBy(() -> save(broken, "second.csv")).isInstanceOf(DataAccessException.class);

        assertThat(repository.current()).contains(first);
        assertThat(repository.all()).containsExactly(first);
        assertThat(repository.agreementCount()).isEqualTo(1);
        assertThat(repository.models("TX", Set.of("EXAMPLE COUNTY"))).containsExactly(Model287g.JEM);
    }

    @Test
    void onlyTheSnapshotInForceAnswersModels() {
        save(List.of(agreement(2, "Example County", Model287g.JEM)), "old.csv");
        SnapshotInfo newer = save(List.of(agreement(2, "Example  county ", Model287g.WSO),
                agreement(3, "Example County", null)), "new.csv");

        assertThat(repository.current()).contains(newer);
        assertThat(repository.models("tx", Set.of("EXAMPLE COUNTY"))).containsExactly(Model287g.WSO);
    }
}

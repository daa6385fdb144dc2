package org.amparo.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.facts.FactsDocument;
import org.amparo.screening.SyntheticFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures (does not assert times) an import of {@code amparo.measure.cases} synthetic documents and one stream over
 * them, on an in-memory vault. Run with {@code -Damparo.measure.cases=100000}; it logs the figures.
 */
@EnabledIfSystemProperty(named = "amparo.measure.cases", matches = "\\d+")
class CaseStoreMeasureTest {

    private static final Logger LOG = LoggerFactory.getLogger(CaseStoreMeasureTest.class);

    @Test
    void importAndStream() {
        int n = Integer.getInteger("amparo.measure.cases");
        CaseStoreFixture f = new CaseStoreFixture();
        SyntheticFacts synthetic = new SyntheticFacts(3, 0.2);
        List<FactsDocument> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            docs.add(synthetic.next(i));
        }
        long t0 = System.nanoTime();
        List<ImportedCase> imported = f.service.importDocuments(docs, "main");
        long t1 = System.nanoTime();
        AtomicInteger seen = new AtomicInteger();
        f.service.forEachOpenCase(1000, chunk -> seen.addAndGet(chunk.size()));
        long t2 = System.nanoTime();
        for (int i = 0; i < Math.min(n, 200); i++) {
            f.service.facts(imported.get(i).clientId());
        }
        long t3 = System.nanoTime();
        LOG.warn("MEASURE import {} documents: {} s; forEachOpenCase: {} s; facts() x{}: {} ms each", n,
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, Math.min(n, 200), (t3 - t2) / 1e6 / Math.min(n, 200));
        assertThat(seen.get()).isEqualTo(n);
    }
}

package org.amparo.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        List<ImportedCase> imported = f.service.importDocuments(docs, "main");
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        AtomicInteger seen = new AtomicInteger();
        f.service.forEachOpenCase(1000, chunk -> seen.addAndGet(chunk.size()));
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        int reads = Math.min(n, 200);
        for (int i = 0; i < reads; i++) {
            f.service.facts(imported.get(i).clientId());
        }
        long t3 = System.nanoTime();
        long c3 = cpu.getCurrentThreadCpuTime();
        LOG.warn("MEASURE {} documents (wall / cpu s): import {} / {}; forEachOpenCase {} / {}; facts() {} / {} ms "
                + "each", n, sec(t1 - t0), sec(c1 - c0), sec(t2 - t1), sec(c2 - c1), (t3 - t2) / 1e6 / reads,
                (c3 - c2) / 1e6 / reads);
        assertThat(seen.get()).isEqualTo(n);
    }

    private static String sec(long nanos) {
        return String.format("%.2f", nanos / 1e9);
    }
}

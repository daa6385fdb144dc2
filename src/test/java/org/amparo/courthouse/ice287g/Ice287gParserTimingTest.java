package org.amparo.courthouse.ice287g;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Measures (does not assert) the warm parse time of a generated 1,000-row .xlsx list. */
class Ice287gParserTimingTest {

    private static final Logger LOG = LoggerFactory.getLogger(Ice287gParserTimingTest.class);
    private static final String[] MODELS = {"Jail Enforcement Model", "Task Force Model ", "Warrant Service Officer"};

    @Test
    void parsesAThousandRowSheet() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SUPPORT TYPE", "SIGNED", "MOA",
                "ADDENDUM"));
        for (int i = 0; i < 1000; i++) {
            rows.add(Arrays.asList("TEXAS", "Demo-" + i + " County Sheriff's Office", "County", "Demo-" + i + " County",
                    MODELS[i % 3], 45000.0 + i, "link", ""));
        }
        byte[] sheet = TestSheets.xlsx(rows);
        Ice287gParser parser = new Ice287gParser();
        for (int i = 0; i < 5; i++) {
            parser.parse(new ByteArrayInputStream(sheet), "warm-up.xlsx");
        }
        long[] nanos = new long[10];
        Ice287gSnapshot last = null;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            last = parser.parse(new ByteArrayInputStream(sheet), "timed.xlsx");
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        LOG.info("287(g) parse of 1,000 rows ({} bytes), warm: median {} ms, min {} ms, max {} ms", sheet.length,
                nanos[5] / 1_000_000.0, nanos[0] / 1_000_000.0, nanos[9] / 1_000_000.0);
        assertThat(last.agreementsImported()).isEqualTo(1000);
        assertThat(last.counties()).isEqualTo(1000);
    }
}

package org.amparo.screening.rescreen;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amparo.facts.Conduct;
import org.amparo.facts.Criminal;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Immigration;
import org.amparo.facts.Immigration.CurrentStatus;
import org.amparo.facts.Immigration.EntryManner;
import org.amparo.facts.Person;
import org.amparo.platform.task.TaskContext;
import org.amparo.screening.ScreeningEngine;
import org.amparo.screening.StandardScreening;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.testing.InMemoryCaseload;

/** A re-screen service over the in-memory caseload with the real engine and frameworks. */
final class RescreenFixtures {

    static final ScreeningEngine ENGINE = StandardScreening.create();
    /** Mayorkas guidelines in force (LEGAL-REFERENCE §1: 2021-11-29 to 2025-01-20). */
    static final LocalDate MAYORKAS_DAY = LocalDate.of(2024, 6, 3);
    /** EO 14159 in force (from 2025-01-20). */
    static final LocalDate EO14159_DAY = LocalDate.of(2025, 3, 3);

    final InMemoryCaseload cases = new InMemoryCaseload();
    final RescreenService service = new RescreenService(cases, facts -> facts, ENGINE,
            TestSecurity.permitAll("ana", Role.ADVOCATE, "main"),
            Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));

    /**
     * A visa overstay since 2010 with nothing else adverse and everything relevant known: not a priority under the
     * Mayorkas guidelines (an exempt class exists), removable but unlisted under EO 14159 (no exempt class).
     */
    static FactsDocument overstay(String ref) {
        LocalDate entry = LocalDate.of(2010, 6, 1);
        Immigration imm = new Immigration(EntryManner.admitted_visa, null, entry, false, null, entry,
                CurrentStatus.overstay, false, null, false, null, null, false, null, List.of(), false, false, false);
        Conduct conduct = new Conduct(List.of(), false, null, false, Conduct.GangAllegation.none, null, false, false,
                0);
        Person person = new Person("Demo-Ana", "Ejemplo", null, List.of(), LocalDate.of(1990, 4, 2), Person.Sex.F,
                List.of("SV"), List.of("es"), null, List.of(), List.of(), null, null);
        return new FactsDocument(FactsDocument.SCHEMA_ID, ref, null, person, imm,
                new Criminal(List.of(), List.of()), conduct, null, null, null, List.of(), List.of(), List.of(), null,
                null, Map.of(), null);
    }

    /** A context that records progress and cancels itself once {@code cancelAfter} cases are done (-1: never). */
    static class Context implements TaskContext {
        final List<Long> progress = new ArrayList<>();
        private final long cancelAfter;
        private volatile boolean cancelled;

        Context(long cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public synchronized void updateProgress(long done, long total) {
            progress.add(done);
            if (cancelAfter >= 0 && done >= cancelAfter) {
                cancelled = true;
            }
        }

        @Override
        public void updateMessage(String message) {
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}

package org.amparo.deadlines.agenda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amparo.clients.Client;
import org.amparo.clients.ClientService;
import org.amparo.clients.ClientSummary;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.CourtEvent.Model287g;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.amparo.facts.IceCheckin;
import org.amparo.facts.Immigration;

/**
 * Synthetic clients for agenda tests: the spec's U-visa example moved to chosen dates, with stored facts' null
 * as_of.
 */
public final class AgendaFixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private AgendaFixtures() {
    }

    /** The example U-visa client (certification signed 2026-02-10) with one court event on {@code courtDate}. */
    public static FactsDocument uVisaClient(LocalDate courtDate) {
        FactsDocument example;
        try {
            example = FactsJson.mapper().readValue(Path.of("../shared/spec/examples/facts-u-visa-dv.json").toFile(),
                    FactsDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CourtEvent e = example.courtEvents().get(0);
        CourtEvent moved = new CourtEvent(e.ref(), courtDate, e.courtType(), e.courthouse(), e.county(), e.state(),
                e.clientRole(), e.caseRelatesToDvSaTraffickingStalking(), e.remoteAppearanceAvailable(),
                e.attorneyAccompanying(), e.abuserKnowsDate(), e.abuserThreatenedImmigrationReport(), null, null);
        return with(example, List.of(moved), null);
    }

    /** A client with a final order, a tipped family-court hearing in a Task Force county, a supervision check-in. */
    public static FactsDocument tippedClient(LocalDate hearing, LocalDate checkin) {
        CourtEvent event = new CourtEvent("ce-9", hearing, CourtEvent.CourtType.family, "Example Family Court",
                "Example County", "TX", CourtEvent.ClientRole.petitioner, null, false, false, true, true,
                List.of(Model287g.TFM), null);
        Immigration imm = new Immigration(null, null, null, null, null, null, null, null, null, true, null, null,
                null, null, null, null, null, null);
        return new FactsDocument(FactsDocument.SCHEMA_ID, "demo-prueba", null, null, imm, null, null,
                null, null, null, null, List.of(event), List.of(new IceCheckin("ci-1", checkin,
                "Example City ICE office", IceCheckin.Type.supervision)), null, null, null, null);
    }

    static FactsDocument with(FactsDocument f, List<CourtEvent> events, List<IceCheckin> checkins) {
        return new FactsDocument(f.schema(), f.ref(), null, f.person(), f.immigration(), f.criminal(), f.conduct(),
                f.u(), f.t(), f.vawa(), f.familyMembers(), events, checkins, f.asylum(), f.sijs(), f.factsSources(),
                f.extensions());
    }

    /** Manual deadlines in a list. */
    public static final class ListDeadlines implements ManualDeadlineService {
        private final List<ManualDeadline> stored = new ArrayList<>();
        private long nextId = 1;

        @Override
        public synchronized List<ManualDeadline> between(LocalDate from, LocalDate to) {
            return stored.stream().filter(d -> !d.dueOn().isBefore(from) && !d.dueOn().isAfter(to)).toList();
        }

        @Override
        public synchronized List<ManualDeadline> ofClient(long clientId) {
            return stored.stream().filter(d -> d.clientId() == clientId).toList();
        }

        @Override
        public synchronized java.util.Optional<ManualDeadline> find(long id) {
            return stored.stream().filter(d -> d.id() == id).findFirst();
        }

        @Override
        public synchronized ManualDeadline save(ManualDeadline d) throws org.amparo.clients.StaleEditException {
            if (d.label() == null || d.label().isBlank() || d.dueOn() == null) {
                throw new IllegalArgumentException("A deadline needs a date and a label.");
            }
            if (d.id() == null) {
                ManualDeadline saved = new ManualDeadline(nextId++, d.clientId(), d.caseId(), d.dueOn(),
                        d.label().strip(), d.done(), 0);
                stored.add(saved);
                return saved;
            }
            ManualDeadline current = find(d.id()).orElse(null);
            if (current == null || current.version() != d.version()) {
                throw new org.amparo.clients.StaleEditException("deadline " + d.id() + " changed");
            }
            ManualDeadline saved = new ManualDeadline(d.id(), d.clientId(), d.caseId(), d.dueOn(), d.label().strip(),
                    d.done(), d.version() + 1);
            stored.set(stored.indexOf(current), saved);
            return saved;
        }

        @Override
        public synchronized void delete(long id, int version) throws org.amparo.clients.StaleEditException {
            ManualDeadline current = find(id).orElse(null);
            if (current == null || current.version() != version) {
                throw new org.amparo.clients.StaleEditException("deadline " + id + " changed");
            }
            stored.remove(current);
        }
    }

    /** A client service that knows nobody (names come from the case store). */
    public static final class NoClients implements ClientService {
        @Override
        public List<ClientSummary> search(String query, int limit) {
            return List.of();
        }

        @Override
        public Optional<Client> find(long id) {
            return Optional.empty();
        }

        @Override
        public Client save(Client client) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int count() {
            return 0;
        }
    }
}

package org.amparo.summaries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.amparo.cases.AdverseParty;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseNote;
import org.amparo.cases.CaseStatus;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.amparo.facts.Person;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ScreeningDocument;
import org.amparo.screening.StandardScreening;
import org.amparo.screening.enforcement.FrameworkCatalog;
import org.amparo.screening.enforcement.FrameworkDefinition;

/**
 * The spec's U-visa example with canaries planted where redaction matters: a street address, a phone, an A-number,
 * and an abuser's name. Tests look for the canaries in rendered output.
 */
public final class SummaryTestInputs {

    public static final String ADDRESS_CANARY = "1234 Canary Lane";
    public static final String PHONE_CANARY = "555-010-7777";
    public static final String A_NUMBER_CANARY = "A087654321";
    public static final String ABUSER_CANARY = "Canarioabusador";
    public static final String NOTE_CANARY = "Nota-canario";

    private SummaryTestInputs() {
    }

    public static FactsDocument facts() throws IOException {
        FactsDocument d = FactsJson.mapper().readValue(
                Files.readString(Path.of("../shared/spec/examples/facts-u-visa-dv.json")), FactsDocument.class);
        Person p = d.person();
        Person canaries = new Person(p.givenName(), p.familyName(), p.preferredName(), List.of("Rosa Ejemplo"),
                p.dob(), p.sex(), p.countriesOfCitizenship(), p.languages(), A_NUMBER_CANARY,
                List.of(new Person.Phone(PHONE_CANARY, true, true, false)), List.of(new Person.Email(
                        "rosalba@example.org", true)),
                new Person.Address(ADDRESS_CANARY, null, "Example City", "Example County", "CA", "90000", true),
                "Text only after 6 pm");
        return new FactsDocument(d.schema(), d.ref(), d.asOf(), canaries, d.immigration(), d.criminal(), d.conduct(),
                d.u(), d.t(), d.vawa(), d.familyMembers(), d.courtEvents(), d.iceCheckins(), d.asylum(), d.sijs(),
                d.factsSources(), d.extensions());
    }

    public static SummaryInput input() throws IOException {
        FactsDocument facts = facts();
        ScreeningDocument screening = StandardScreening.create().screen(facts, facts.asOf(), List.of());
        CaseInfo info = new CaseInfo(7L, 3L, "2026-0007", Set.of(Relief.u_visa, Relief.asylum), CaseStatus.OPEN,
                "advocate.ejemplo", "attorney.ejemplo", "main", LocalDate.of(2026, 1, 5), null, 1);
        AdverseParty abuser = new AdverseParty(1L, 7L, AdverseParty.Role.ABUSER, ABUSER_CANARY, "Ficticio",
                List.of(), null, "former partner", 0);
        CaseNote note = new CaseNote(5L, 7L, NOTE_CANARY + " met at the clinic", "advocate.ejemplo",
                java.time.Instant.parse("2026-02-01T10:00:00Z"), 0);
        Map<String, String> titles = FrameworkCatalog.bundled().all().stream()
                .collect(Collectors.toMap(FrameworkDefinition::id, FrameworkDefinition::instrument));
        return new SummaryInput(info, facts, screening, List.of(abuser), List.of(note), titles, "attorney.ejemplo",
                ZonedDateTime.of(2026, 3, 2, 15, 30, 0, 0, ZoneOffset.UTC), "exp-0001");
    }
}

package org.amparo.screening.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.facts.Conduct.GangAllegation;
import org.amparo.facts.Conduct.UnchargedConduct;
import org.amparo.facts.Conduct;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.Criminal.Classification;
import org.amparo.facts.Criminal.Conviction;
import org.amparo.facts.Criminal.PendingCharge;
import org.amparo.facts.Criminal.Tag;
import org.amparo.facts.Criminal.Tristate;
import org.amparo.facts.Criminal;
import org.amparo.facts.FactSource;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FamilyMember;
import org.amparo.facts.Immigration.CurrentStatus;
import org.amparo.facts.Immigration.EntryManner;
import org.amparo.facts.Immigration;
import org.amparo.facts.Person;
import org.amparo.facts.TFacts;
import org.amparo.facts.UFacts;

/**
 * Compact builder of fictional facts documents for the enforcement tests. {@link #clean()} starts from a person
 * about whom everything relevant is known and nothing is adverse; each call changes one fact.
 */
final class Facts {

    private CurrentStatus status;
    private EntryManner entry;
    private LocalDate lastEntry;
    private LocalDate presenceSince;
    private Boolean apprehended;
    private LocalDate apprehendedOn;
    private Boolean finalOrder;
    private LocalDate finalOrderDate;
    private Boolean departed;
    private Boolean reentered;
    private List<Immigration.PriorRemoval> priorRemovals;
    private List<Conviction> convictions;
    private List<PendingCharge> pending;
    private List<UnchargedConduct> uncharged;
    private Boolean fraud;
    private Boolean benefitsAbuse;
    private GangAllegation gang;
    private Integer gangAge;
    private Boolean terrorism;
    private Boolean visaAbuse;
    private Integer voluntaryReturns;
    private LocalDate dob;
    private final List<CourtEvent> courtEvents = new ArrayList<>();
    private final List<FamilyMember> family = new ArrayList<>();
    private UFacts u;
    private TFacts t;
    private final Map<String, FactSource> sources = new HashMap<>();

    /** Everything unknown. */
    static Facts unknown() {
        return new Facts();
    }

    /** Admitted on a visa in 2010, overstayed, no record, no adverse conduct, no order. */
    static Facts clean() {
        Facts f = new Facts();
        f.status = CurrentStatus.overstay;
        f.entry = EntryManner.admitted_visa;
        f.lastEntry = LocalDate.parse("2010-06-01");
        f.presenceSince = LocalDate.parse("2010-06-01");
        f.apprehended = false;
        f.finalOrder = false;
        f.departed = false;
        f.reentered = false;
        f.priorRemovals = List.of();
        f.convictions = new ArrayList<>();
        f.pending = new ArrayList<>();
        f.uncharged = new ArrayList<>();
        f.fraud = false;
        f.benefitsAbuse = false;
        f.gang = GangAllegation.none;
        f.terrorism = false;
        f.visaAbuse = false;
        f.voluntaryReturns = 0;
        return f;
    }

    Facts status(CurrentStatus value) {
        status = value;
        return this;
    }

    /** Manner and date of the last entry; continuous presence starts then too. */
    Facts entry(EntryManner manner, String date) {
        entry = manner;
        lastEntry = date == null ? null : LocalDate.parse(date);
        presenceSince = lastEntry;
        return this;
    }

    Facts presenceSince(String date) {
        presenceSince = date == null ? null : LocalDate.parse(date);
        return this;
    }

    Facts apprehended(Boolean value) {
        apprehended = value;
        return this;
    }

    Facts apprehendedOn(String date) {
        apprehended = true;
        apprehendedOn = LocalDate.parse(date);
        return this;
    }

    Facts finalOrder(Boolean has, String date, Boolean departedAfter) {
        finalOrder = has;
        finalOrderDate = date == null ? null : LocalDate.parse(date);
        departed = departedAfter;
        return this;
    }

    Facts reentered(Boolean value, String removalDate) {
        reentered = value;
        priorRemovals = removalDate == null ? List.of()
                : List.of(new Immigration.PriorRemoval(LocalDate.parse(removalDate), "expedited_removal"));
        return this;
    }

    Facts criminalUnknown() {
        convictions = null;
        pending = null;
        return this;
    }

    Facts charged(Tag... tags) {
        pending = new ArrayList<>(pending == null ? List.of() : pending);
        pending.add(new PendingCharge("Demo charge", List.of(tags), LocalDate.parse("2025-05-01"),
                "Example City Municipal Court", LocalDate.parse("2025-10-01")));
        return this;
    }

    Facts conduct(UnchargedConduct... values) {
        uncharged = values == null ? null : new ArrayList<>(List.of(values));
        return this;
    }

    Facts fraud(Boolean value) {
        fraud = value;
        return this;
    }

    Facts benefitsAbuse(Boolean value) {
        benefitsAbuse = value;
        return this;
    }

    Facts gang(GangAllegation value, Integer age) {
        gang = value;
        gangAge = age;
        return this;
    }

    Facts terrorism(Boolean value) {
        terrorism = value;
        return this;
    }

    Facts visaAbuse(Boolean value) {
        visaAbuse = value;
        return this;
    }

    Facts voluntaryReturns(Integer value) {
        voluntaryReturns = value;
        return this;
    }

    Facts dob(String date) {
        dob = LocalDate.parse(date);
        return this;
    }

    Facts courtIn(String county, CourtEvent.Model287g... models) {
        courtEvents.add(new CourtEvent("ce-" + (courtEvents.size() + 1), LocalDate.parse("2025-10-02"),
                CourtEvent.CourtType.protective_order, "Example City Courthouse", county, "TX",
                CourtEvent.ClientRole.petitioner, true, false, false, false, false,
                models == null ? null : List.of(models), 0));
        return this;
    }

    Facts childInUs() {
        family.add(new FamilyMember("child-1", FamilyMember.Relationship.child, "Demo-Nina",
                LocalDate.parse("2015-03-03"), FamilyMember.MaritalStatus.single, FamilyMember.Location.us,
                FamilyMember.Citizenship.USC, false, false, false));
        return this;
    }

    Facts uVictim() {
        u = new UFacts(List.of(new UFacts.Crime("domestic_violence", List.of(), LocalDate.parse("2024-02-02"), true,
                false)), UFacts.VictimRole.direct, null, null, null, null, true, UFacts.Helpfulness.has_been,
                "Example City Police", null, null, null);
        return this;
    }

    Facts traffickingVictim() {
        t = new TFacts(TFacts.TraffickingType.labor, List.of(TFacts.Means.coercion), false, List.of(), 30, true,
                false, true, "Example City Police", TFacts.ReasonableRequests.complied, false, null, false, null,
                false, null);
        return this;
    }

    Facts source(String path, FactSource source) {
        sources.put(path, source);
        return this;
    }

    FactsDocument build() {
        Immigration imm = new Immigration(entry, null, lastEntry, apprehended, apprehendedOn, presenceSince, status, false,
                null, finalOrder, finalOrderDate, null, departed, null, priorRemovals, reentered, false, false);
        Criminal criminal = convictions == null && pending == null ? null : new Criminal(convictions, pending);
        Conduct conduct = new Conduct(uncharged, fraud, fraud == Boolean.TRUE ? "Demo form answer" : null,
                benefitsAbuse, gang, gangAge, terrorism, visaAbuse, voluntaryReturns);
        Person person = dob == null ? null : new Person("Demo-Ana", "Ejemplo", null, null, dob, Person.Sex.F, null,
                null, null, null, null, null, null);
        return new FactsDocument(FactsDocument.SCHEMA_ID, "test-ejemplo", LocalDate.parse("2025-09-15"), person, imm,
                criminal, conduct, u, t, null, family, courtEvents, List.of(), null, null, sources, null);
    }

    // ---- convictions ----

    /** A known, standing conviction: no tags, not AF, not CIMT, no custody, status not an element. */
    static Conv conv(Classification classification) {
        return new Conv(classification);
    }

    /** Mutable conviction builder with fully known defaults. */
    static final class Conv {
        private static int counter;
        private final Classification classification;
        private String label = "Demo offense";
        private String statute = "Example Penal Code 1.01";
        private Criminal.Jurisdiction jurisdiction = Criminal.Jurisdiction.state;
        private String incident = "inc-" + (++counter);
        private Integer custody = 0;
        private Integer sentence = 0;
        private Boolean suspended = false;
        private Boolean statusElement = false;
        private Tristate aggfel = Tristate.no;
        private Tristate cimt = Tristate.no;
        private List<Tag> tags = List.of();
        private Boolean vacated = false;
        private Boolean connected = false;
        private LocalDate date = LocalDate.parse("2023-04-01");

        private Conv(Classification classification) {
            this.classification = classification;
        }

        Conv tags(Tag... values) {
            tags = values == null ? null : List.of(values);
            return this;
        }

        Conv federal(String cite) {
            jurisdiction = Criminal.Jurisdiction.federal;
            statute = cite;
            return this;
        }

        Conv incident(String id) {
            incident = id;
            return this;
        }

        Conv custody(Integer days, Boolean isSuspended) {
            custody = days;
            sentence = days;
            suspended = isSuspended;
            return this;
        }

        Conv sentence(Integer days) {
            sentence = days;
            return this;
        }

        Conv statusElement(Boolean value) {
            statusElement = value;
            return this;
        }

        Conv aggfel(Tristate value) {
            aggfel = value;
            return this;
        }

        Conv cimt(Tristate value) {
            cimt = value;
            return this;
        }

        Conv vacated(Boolean value) {
            vacated = value;
            return this;
        }

        Conv connectedToAbuse() {
            connected = true;
            return this;
        }

        Conv on(String isoDate) {
            date = LocalDate.parse(isoDate);
            return this;
        }

        Conviction build() {
            return new Conviction(label, statute, jurisdiction, classification, date, incident, sentence, custody,
                    suspended, statusElement, aggfel, cimt, tags, vacated, connected);
        }
    }

    Facts convicted(Conv... list) {
        convictions = new ArrayList<>();
        for (Conv c : list) {
            convictions.add(c.build());
        }
        return this;
    }
}

package org.amparo.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.amparo.facts.Asylum;
import org.amparo.facts.Conduct;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.Criminal;
import org.amparo.facts.Evidence;
import org.amparo.facts.FactSource;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FamilyMember;
import org.amparo.facts.IceCheckin;
import org.amparo.facts.Immigration;
import org.amparo.facts.Person;
import org.amparo.facts.Sijs;
import org.amparo.facts.TFacts;
import org.amparo.facts.UFacts;
import org.amparo.facts.VawaFacts;

/**
 * Deterministic, obviously fictional facts documents for benchmarks and property tests. Every field is unknown
 * ({@code null}) with probability {@code unknownRate}, so the engines see every mix of known and unknown facts.
 * Not thread-safe (one {@link Random}).
 */
public final class SyntheticFacts {

    /** Qualifying-crime ids of LEGAL-REFERENCE §2.1 (the schema's enumeration). */
    public static final List<String> QUALIFYING_CRIMES = List.of("abduction", "abusive_sexual_contact", "blackmail",
            "domestic_violence", "extortion", "false_imprisonment", "felonious_assault", "female_genital_mutilation",
            "fraud_in_foreign_labor_contracting", "hostage", "incest", "involuntary_servitude", "kidnapping",
            "manslaughter", "murder", "obstruction_of_justice", "peonage", "perjury", "prostitution", "rape",
            "sexual_assault", "sexual_exploitation", "slave_trade", "stalking", "torture", "trafficking",
            "unlawful_criminal_restraint", "witness_tampering", "similar_activity");

    private static final LocalDate BASE = LocalDate.of(2026, 3, 2);

    private final Random random;
    private final double unknownRate;

    public SyntheticFacts(long seed, double unknownRate) {
        this.random = new Random(seed);
        this.unknownRate = unknownRate;
    }

    /** The next document; {@code ref} is {@code synthetic-<n>}. */
    public FactsDocument next(int n) {
        return new FactsDocument(FactsDocument.SCHEMA_ID, "synthetic-" + n, maybe(() -> date(-400, 0)), person(),
                maybe(this::immigration), maybe(this::criminal), maybe(this::conduct), maybe(this::u), maybe(this::t),
                maybe(this::vawa), maybe(() -> list(3, this::familyMember)), maybe(() -> list(2, this::courtEvent)),
                maybe(() -> list(1, this::checkin)), maybe(this::asylum), maybe(this::sijs), sources(), null);
    }

    private Person person() {
        return new Person("Demo", "Ejemplo-" + random.nextInt(1000), null, List.of(), maybe(() -> date(-20000, -5000)),
                maybe(() -> pick(Person.Sex.values())), List.of("SV"), List.of("es"), null, List.of(), List.of(),
                null, null);
    }

    private Immigration immigration() {
        return new Immigration(maybe(() -> pick(Immigration.EntryManner.values())), null, maybe(() -> date(-6000, -30)),
                bool(), maybe(() -> date(-6000, -30)), maybe(() -> date(-6000, -30)),
                maybe(() -> pick(Immigration.CurrentStatus.values())), bool(), maybe(() -> date(-900, -10)), bool(),
                maybe(() -> date(-3000, -10)), maybe(() -> pick(Immigration.FinalOrderType.values())), bool(), bool(),
                maybe(() -> list(2, () -> new Immigration.PriorRemoval(maybe(() -> date(-5000, -400)),
                        "expedited_removal"))), bool(), bool(), bool());
    }

    private Criminal criminal() {
        return new Criminal(maybe(() -> list(3, this::conviction)), maybe(() -> list(2, this::pendingCharge)));
    }

    private Criminal.PendingCharge pendingCharge() {
        return new Criminal.PendingCharge("Demo charge", maybe(this::tags), maybe(() -> date(-300, -1)),
                "Example City Court", maybe(() -> date(1, 120)));
    }

    private Criminal.Conviction conviction() {
        return new Criminal.Conviction("Demo offense", "Example Penal Code 1", maybe(() ->
                pick(Criminal.Jurisdiction.values())), maybe(() -> pick(Criminal.Classification.values())),
                maybe(() -> date(-5000, -10)), "inc-" + random.nextInt(9), maybe(() -> random.nextInt(800)),
                maybe(() -> random.nextInt(400)), bool(), bool(), maybe(() -> pick(Criminal.Tristate.values())),
                maybe(() -> pick(Criminal.Tristate.values())), maybe(this::tags), bool(), bool());
    }

    private List<Criminal.Tag> tags() {
        return some(Criminal.Tag.values());
    }

    private Conduct conduct() {
        return new Conduct(maybe(() -> some(Conduct.UnchargedConduct.values())), bool(), null, bool(),
                maybe(() -> pick(Conduct.GangAllegation.values())), maybe(() -> 12 + random.nextInt(30)), bool(),
                bool(), maybe(() -> random.nextInt(4)));
    }

    private UFacts u() {
        return new UFacts(maybe(() -> list(2, () -> new UFacts.Crime(pick(QUALIFYING_CRIMES),
                maybe(() -> some(UFacts.Modifier.values())), maybe(() -> date(-3000, -1)), bool(), bool()))),
                maybe(() -> pick(UFacts.VictimRole.values())), maybe(() -> pick(UFacts.DirectVictimStatus.values())),
                maybe(() -> random.nextInt(60)), null, maybe(() -> pick(Evidence.values())), bool(),
                maybe(() -> pick(UFacts.Helpfulness.values())), "Example City Police Department",
                maybe(() -> new UFacts.Certification("Example County District Attorney", "Demo supervisor",
                        maybe(() -> date(-400, -1)), bool())), maybe(() -> date(-30, 200)),
                maybe(() -> date(-700, -1)));
    }

    private TFacts t() {
        return new TFacts(maybe(() -> pick(TFacts.TraffickingType.values())), maybe(() -> some(TFacts.Means.values())),
                bool(), maybe(() -> some(TFacts.LaborPurpose.values())), maybe(() -> 10 + random.nextInt(40)), bool(),
                bool(), bool(), null, maybe(() -> pick(TFacts.ReasonableRequests.values())), bool(),
                maybe(() -> pick(Evidence.values())), bool(), maybe(() -> date(-800, -1)), bool(),
                maybe(() -> date(-700, -1)));
    }

    private VawaFacts vawa() {
        return new VawaFacts(maybe(() -> pick(VawaFacts.AbuserRelationship.values())),
                maybe(() -> pick(VawaFacts.AbuserStatus.values())), maybe(() -> date(-1500, -1)), bool(),
                maybe(() -> date(-1500, -1)), maybe(() -> date(-6000, -300)), maybe(() -> date(-1500, -1)), bool(),
                maybe(() -> pick(Evidence.values())), bool(), bool(), bool(),
                maybe(() -> some(VawaFacts.AbuseType.values())), bool(), maybe(() -> 18 + random.nextInt(30)), bool(),
                maybe(() -> List.of("Demo issue")), bool(), maybe(() -> date(-700, -1)));
    }

    private FamilyMember familyMember() {
        return new FamilyMember("fm-" + random.nextInt(1_000_000),
                maybe(() -> pick(FamilyMember.Relationship.values())),
                "Demo", maybe(() -> date(-20000, -10)), maybe(() -> pick(FamilyMember.MaritalStatus.values())),
                maybe(() -> pick(FamilyMember.Location.values())), maybe(() -> pick(FamilyMember.Citizenship.values())),
                bool(), bool(), bool());
    }

    private CourtEvent courtEvent() {
        return new CourtEvent("ce-" + random.nextInt(1_000_000), maybe(() -> date(-10, 120)),
                maybe(() -> pick(CourtEvent.CourtType.values())), "Example County Courthouse", "Example County", "CA",
                maybe(() -> pick(CourtEvent.ClientRole.values())), bool(), bool(), bool(), bool(), bool(),
                maybe(() -> some(CourtEvent.Model287g.values())), maybe(() -> random.nextInt(5)));
    }

    private IceCheckin checkin() {
        return new IceCheckin("ice-" + random.nextInt(1000), maybe(() -> date(1, 90)), "Example Field Office",
                maybe(() -> pick(IceCheckin.Type.values())));
    }

    private Asylum asylum() {
        return new Asylum(bool(), maybe(() -> date(-800, -1)), maybe(() -> date(-400, -1)), bool(), bool());
    }

    private Sijs sijs() {
        return new Sijs(maybe(() -> date(-900, -1)), maybe(() -> date(-300, -1)));
    }

    private Map<String, FactSource> sources() {
        Map<String, FactSource> sources = new LinkedHashMap<>();
        if (random.nextBoolean()) {
            sources.put("$.criminal.pending_charges[0]", pick(FactSource.values()));
            sources.put("$.immigration.last_entry_date", pick(FactSource.values()));
        }
        return sources;
    }

    private <T> T maybe(Supplier<T> value) {
        return random.nextDouble() < unknownRate ? null : value.get();
    }

    private Boolean bool() {
        return maybe(random::nextBoolean);
    }

    private LocalDate date(int fromDays, int toDays) {
        return BASE.plusDays(fromDays + random.nextInt(toDays - fromDays + 1));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> List<T> some(T[] values) {
        List<T> out = new ArrayList<>();
        for (T v : values) {
            if (random.nextInt(values.length) == 0) {
                out.add(v);
            }
        }
        return out;
    }

    private <T> List<T> list(int max, Supplier<T> item) {
        int n = random.nextInt(max + 1);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(item.get());
        }
        return out;
    }
}

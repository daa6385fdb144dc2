package org.amparo.screening.relief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.amparo.facts.Conduct;
import org.amparo.facts.Criminal;
import org.amparo.facts.Evidence;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FamilyMember;
import org.amparo.facts.FamilyMember.Relationship;
import org.amparo.facts.Immigration;
import org.amparo.facts.Person;
import org.amparo.facts.TFacts;
import org.amparo.facts.UFacts;

/**
 * Compact builder of fictional facts documents for relief-screening tests. Defaults describe a clean case: an
 * adult client ("Demo-Prueba", born 1990-05-10) admitted on a visa, no removals, no convictions, no conduct.
 */
final class ReliefFacts {

    static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

    private LocalDate asOf = AS_OF;
    private LocalDate dob = LocalDate.of(1990, 5, 10);
    private Immigration immigration = immigration(Immigration.EntryManner.admitted_visa);
    private Criminal criminal = new Criminal(List.of(), List.of());
    private Conduct conduct = new Conduct(List.of(), false, null, false, Conduct.GangAllegation.none, null, false,
            false, 0);
    private UFacts u;
    private TFacts t;
    private final List<FamilyMember> family = new ArrayList<>();

    static ReliefFacts facts() {
        return new ReliefFacts();
    }

    static Immigration immigration(Immigration.EntryManner entry) {
        return new Immigration(entry, null, LocalDate.of(2015, 6, 1), false, null, null,
                Immigration.CurrentStatus.none, false, null, false, null, null, null, null, List.of(), false, null,
                null);
    }

    ReliefFacts asOf(LocalDate date) {
        this.asOf = date;
        return this;
    }

    ReliefFacts dob(LocalDate date) {
        this.dob = date;
        return this;
    }

    ReliefFacts immigration(Immigration imm) {
        this.immigration = imm;
        return this;
    }

    ReliefFacts entry(Immigration.EntryManner entry) {
        return immigration(immigration(entry));
    }

    ReliefFacts convictions(Criminal.Conviction... convictions) {
        this.criminal = new Criminal(List.of(convictions), List.of());
        return this;
    }

    ReliefFacts criminal(Criminal value) {
        this.criminal = value;
        return this;
    }

    ReliefFacts conduct(Conduct value) {
        this.conduct = value;
        return this;
    }

    ReliefFacts u(U builder) {
        this.u = builder.build();
        return this;
    }

    ReliefFacts t(T builder) {
        this.t = builder.build();
        return this;
    }

    ReliefFacts member(Member m) {
        family.add(m.build());
        return this;
    }

    FactsDocument build() {
        Person person = new Person("Demo", "Prueba", null, null, dob, Person.Sex.F, List.of("SV"), List.of("es"),
                null, null, null, null, null);
        return new FactsDocument(FactsDocument.SCHEMA_ID, "test-case", asOf, person, immigration, criminal, conduct,
                u, t, null, List.copyOf(family), null, null, null, null, null, null);
    }

    LocalDate asOf() {
        return asOf;
    }

    static Criminal.Conviction conviction(String label, Criminal.Tristate cimt, Criminal.Tag... tags) {
        return new Criminal.Conviction(label, null, Criminal.Jurisdiction.state, Criminal.Classification.misdemeanor,
                LocalDate.of(2019, 4, 2), null, 30, 0, true, false, Criminal.Tristate.no, cimt, List.of(tags), false,
                false);
    }

    static Conduct conduct(Boolean fraud, Boolean terrorism, Conduct.UnchargedConduct... acts) {
        return new Conduct(List.of(acts), fraud, null, false, Conduct.GangAllegation.none, null, terrorism, false, 0);
    }

    static U u() {
        return new U();
    }

    static T t() {
        return new T();
    }

    static Member member(String ref, Relationship relationship, LocalDate dob) {
        return new Member(ref, relationship, dob);
    }

    /** U facts: by default a direct DV victim with strong evidence, helpful, certified on 2026-02-10. */
    static final class U {
        List<UFacts.Crime> crimes = List.of(crime("domestic_violence", true));
        UFacts.VictimRole role = UFacts.VictimRole.direct;
        UFacts.DirectVictimStatus status = UFacts.DirectVictimStatus.alive;
        Integer directVictimAge;
        String relationship;
        Evidence abuse = Evidence.strong;
        Boolean information = true;
        UFacts.Helpfulness help = UFacts.Helpfulness.has_been;
        UFacts.Certification cert = new UFacts.Certification("Example County District Attorney",
                "Designated supervisor", LocalDate.of(2026, 2, 10), true);
        LocalDate planned;
        LocalDate filed;

        static UFacts.Crime crime(String type, Boolean inUs, UFacts.Modifier... modifiers) {
            return new UFacts.Crime(type, List.of(modifiers), LocalDate.of(2025, 11, 8), inUs, false);
        }

        U crimes(UFacts.Crime... values) {
            crimes = values == null ? null : Arrays.asList(values);
            return this;
        }

        U noCrimes() {
            crimes = null;
            return this;
        }

        U role(UFacts.VictimRole value) {
            role = value;
            return this;
        }

        U indirect(UFacts.DirectVictimStatus value, String relation, Integer directAge) {
            role = UFacts.VictimRole.indirect;
            status = value;
            relationship = relation;
            directVictimAge = directAge;
            return this;
        }

        U status(UFacts.DirectVictimStatus value) {
            status = value;
            return this;
        }

        U abuse(Evidence value) {
            abuse = value;
            return this;
        }

        U information(Boolean value) {
            information = value;
            return this;
        }

        U help(UFacts.Helpfulness value) {
            help = value;
            return this;
        }

        U cert(UFacts.Certification value) {
            cert = value;
            return this;
        }

        U signed(LocalDate date) {
            cert = new UFacts.Certification(cert.agency(), cert.officialTitle(), date, cert.originalHeld());
            return this;
        }

        U planned(LocalDate date) {
            planned = date;
            return this;
        }

        U filed(LocalDate date) {
            filed = date;
            return this;
        }

        UFacts build() {
            return new UFacts(crimes, role, status, directVictimAge, relationship, abuse, information, help,
                    "Example City Police Department", cert, planned, filed);
        }
    }

    /** T facts: by default an adult labor-trafficking victim who reported and complied, strong hardship evidence. */
    static final class T {
        TFacts.TraffickingType type = TFacts.TraffickingType.labor;
        List<TFacts.Means> means = List.of(TFacts.Means.fraud, TFacts.Means.coercion);
        Boolean sexUnder18 = false;
        List<TFacts.LaborPurpose> purpose = List.of(TFacts.LaborPurpose.debt_bondage);
        Integer age = 30;
        Boolean presence = true;
        Boolean departed = false;
        Boolean reported = true;
        TFacts.ReasonableRequests requests = TFacts.ReasonableRequests.complied;
        Boolean trauma = false;
        Evidence hardship = Evidence.strong;
        Boolean suppB = false;
        LocalDate filed;

        T type(TFacts.TraffickingType value) {
            type = value;
            return this;
        }

        T means(TFacts.Means... values) {
            means = values == null ? null : List.of(values);
            return this;
        }

        T sexUnder18(Boolean value) {
            sexUnder18 = value;
            return this;
        }

        T purpose(TFacts.LaborPurpose... values) {
            purpose = values == null ? null : List.of(values);
            return this;
        }

        T age(Integer value) {
            age = value;
            return this;
        }

        T presence(Boolean onAccount, Boolean departedSince) {
            presence = onAccount;
            departed = departedSince;
            return this;
        }

        T cooperation(Boolean reportedToLea, TFacts.ReasonableRequests value, Boolean traumaEvidence) {
            reported = reportedToLea;
            requests = value;
            trauma = traumaEvidence;
            return this;
        }

        T hardship(Evidence value) {
            hardship = value;
            return this;
        }

        T suppB(Boolean value) {
            suppB = value;
            return this;
        }

        T filed(LocalDate date) {
            filed = date;
            return this;
        }

        TFacts build() {
            return new TFacts(type, means, sexUnder18, purpose, age, presence, departed, reported,
                    "Example State Department of Labor", requests, trauma, hardship, false, null, suppB, filed);
        }
    }

    /** A family member; unmarried, not a perpetrator, no retaliation danger unless set. */
    static final class Member {
        private final String ref;
        private final Relationship relationship;
        private final LocalDate dob;
        private FamilyMember.MaritalStatus marital = FamilyMember.MaritalStatus.single;
        private Boolean perpetrator = false;
        private Boolean abuser = false;
        private Boolean retaliation = false;

        Member(String ref, Relationship relationship, LocalDate dob) {
            this.ref = ref;
            this.relationship = relationship;
            this.dob = dob;
        }

        Member marital(FamilyMember.MaritalStatus value) {
            marital = value;
            return this;
        }

        Member perpetrator(Boolean value) {
            perpetrator = value;
            return this;
        }

        Member abuser(Boolean value) {
            abuser = value;
            return this;
        }

        Member retaliation(Boolean value) {
            retaliation = value;
            return this;
        }

        FamilyMember build() {
            return new FamilyMember(ref, relationship, "Demo", dob, marital, FamilyMember.Location.us,
                    FamilyMember.Citizenship.other, perpetrator, abuser, retaliation);
        }
    }
}

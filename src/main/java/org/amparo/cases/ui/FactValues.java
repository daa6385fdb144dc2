package org.amparo.cases.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The labels of enumerated values, by value group (several fields share a group, e.g. {@code evidence}). */
public final class FactValues {

    private record Value(String group, String value, String key) { }

    private static final List<Value> ALL = List.of(
            v("relationship", "spouse", "factValue.relationship.spouse"),
            v("relationship", "child", "factValue.relationship.child"),
            v("relationship", "parent", "factValue.relationship.parent"),
            v("relationship", "sibling", "factValue.relationship.sibling"),
            v("relationship", "other", "factValue.relationship.other"),
            v("marital", "single", "factValue.marital.single"),
            v("marital", "married", "factValue.marital.married"),
            v("marital", "divorced", "factValue.marital.divorced"),
            v("marital", "widowed", "factValue.marital.widowed"),
            v("location", "us", "factValue.location.us"),
            v("location", "abroad", "factValue.location.abroad"),
            v("citizenship", "USC", "factValue.citizenship.USC"),
            v("citizenship", "LPR", "factValue.citizenship.LPR"),
            v("citizenship", "other", "factValue.citizenship.other"),
            v("citizenship", "unknown", "factValue.citizenship.unknown"),
            v("abuserRelationship", "spouse", "factValue.abuserRelationship.spouse"),
            v("abuserRelationship", "former_spouse", "factValue.abuserRelationship.formerSpouse"),
            v("abuserRelationship", "intended_spouse", "factValue.abuserRelationship.intendedSpouse"),
            v("abuserRelationship", "parent", "factValue.abuserRelationship.parent"),
            v("abuserRelationship", "stepparent", "factValue.abuserRelationship.stepparent"),
            v("abuserRelationship", "son_daughter", "factValue.abuserRelationship.sonDaughter"),
            v("abuserStatus", "USC", "factValue.abuserStatus.USC"),
            v("abuserStatus", "LPR", "factValue.abuserStatus.LPR"),
            v("abuserStatus", "none", "factValue.abuserStatus.none"),
            v("abuserStatus", "unknown", "factValue.abuserStatus.unknown"),
            v("evidence", "strong", "factValue.evidence.strong"),
            v("evidence", "some", "factValue.evidence.some"),
            v("evidence", "none", "factValue.evidence.none"),
            v("abuseType", "battery", "factValue.abuseType.battery"),
            v("abuseType", "extreme_cruelty", "factValue.abuseType.extremeCruelty"),
            v("crimeType", "abduction", "factValue.crimeType.abduction"),
            v("crimeType", "abusive_sexual_contact", "factValue.crimeType.abusiveSexualContact"),
            v("crimeType", "blackmail", "factValue.crimeType.blackmail"),
            v("crimeType", "domestic_violence", "factValue.crimeType.domesticViolence"),
            v("crimeType", "extortion", "factValue.crimeType.extortion"),
            v("crimeType", "false_imprisonment", "factValue.crimeType.falseImprisonment"),
            v("crimeType", "felonious_assault", "factValue.crimeType.feloniousAssault"),
            v("crimeType", "female_genital_mutilation", "factValue.crimeType.femaleGenitalMutilation"),
            v("crimeType", "fraud_in_foreign_labor_contracting", "factValue.crimeType.fraudInForeignLaborContracting"),
            v("crimeType", "hostage", "factValue.crimeType.hostage"),
            v("crimeType", "incest", "factValue.crimeType.incest"),
            v("crimeType", "involuntary_servitude", "factValue.crimeType.involuntaryServitude"),
            v("crimeType", "kidnapping", "factValue.crimeType.kidnapping"),
            v("crimeType", "manslaughter", "factValue.crimeType.manslaughter"),
            v("crimeType", "murder", "factValue.crimeType.murder"),
            v("crimeType", "obstruction_of_justice", "factValue.crimeType.obstructionOfJustice"),
            v("crimeType", "peonage", "factValue.crimeType.peonage"),
            v("crimeType", "perjury", "factValue.crimeType.perjury"),
            v("crimeType", "prostitution", "factValue.crimeType.prostitution"),
            v("crimeType", "rape", "factValue.crimeType.rape"),
            v("crimeType", "sexual_assault", "factValue.crimeType.sexualAssault"),
            v("crimeType", "sexual_exploitation", "factValue.crimeType.sexualExploitation"),
            v("crimeType", "slave_trade", "factValue.crimeType.slaveTrade"),
            v("crimeType", "stalking", "factValue.crimeType.stalking"),
            v("crimeType", "torture", "factValue.crimeType.torture"),
            v("crimeType", "trafficking", "factValue.crimeType.trafficking"),
            v("crimeType", "unlawful_criminal_restraint", "factValue.crimeType.unlawfulCriminalRestraint"),
            v("crimeType", "witness_tampering", "factValue.crimeType.witnessTampering"),
            v("crimeType", "similar_activity", "factValue.crimeType.similarActivity"),
            v("modifier", "attempt", "factValue.modifier.attempt"),
            v("modifier", "conspiracy", "factValue.modifier.conspiracy"),
            v("modifier", "solicitation", "factValue.modifier.solicitation"),
            v("victimRole", "direct", "factValue.victimRole.direct"),
            v("victimRole", "indirect", "factValue.victimRole.indirect"),
            v("victimRole", "bystander", "factValue.victimRole.bystander"),
            v("directVictimStatus", "alive", "factValue.directVictimStatus.alive"),
            v("directVictimStatus", "deceased_murder_manslaughter", "factValue.directVictimStatus.deceasedMurderManslaughter"),
            v("directVictimStatus", "incompetent_incapacitated", "factValue.directVictimStatus.incompetentIncapacitated"),
            v("helpfulness", "has_been", "factValue.helpfulness.hasBeen"),
            v("helpfulness", "is_being", "factValue.helpfulness.isBeing"),
            v("helpfulness", "likely_to_be", "factValue.helpfulness.likelyToBe"),
            v("helpfulness", "refused_unreasonably", "factValue.helpfulness.refusedUnreasonably"),
            v("helpfulness", "unknown", "factValue.helpfulness.unknown"),
            v("traffickingType", "sex", "factValue.traffickingType.sex"),
            v("traffickingType", "labor", "factValue.traffickingType.labor"),
            v("traffickingType", "both", "factValue.traffickingType.both"),
            v("means", "force", "factValue.means.force"),
            v("means", "fraud", "factValue.means.fraud"),
            v("means", "coercion", "factValue.means.coercion"),
            v("laborPurpose", "involuntary_servitude", "factValue.laborPurpose.involuntaryServitude"),
            v("laborPurpose", "peonage", "factValue.laborPurpose.peonage"),
            v("laborPurpose", "debt_bondage", "factValue.laborPurpose.debtBondage"),
            v("laborPurpose", "slavery", "factValue.laborPurpose.slavery"),
            v("reasonableRequests", "complied", "factValue.reasonableRequests.complied"),
            v("reasonableRequests", "refused", "factValue.reasonableRequests.refused"),
            v("reasonableRequests", "none_made", "factValue.reasonableRequests.noneMade"),
            v("entryManner", "EWI", "factValue.entryManner.EWI"),
            v("entryManner", "admitted_visa", "factValue.entryManner.admittedVisa"),
            v("entryManner", "admitted_vwp", "factValue.entryManner.admittedVwp"),
            v("entryManner", "paroled", "factValue.entryManner.paroled"),
            v("entryManner", "apprehended_at_border_released", "factValue.entryManner.apprehendedAtBorderReleased"),
            v("entryManner", "unknown", "factValue.entryManner.unknown"),
            v("currentStatus", "none", "factValue.currentStatus.none"),
            v("currentStatus", "overstay", "factValue.currentStatus.overstay"),
            v("currentStatus", "pending_benefit", "factValue.currentStatus.pendingBenefit"),
            v("currentStatus", "TPS", "factValue.currentStatus.TPS"),
            v("currentStatus", "DACA", "factValue.currentStatus.DACA"),
            v("currentStatus", "parole", "factValue.currentStatus.parole"),
            v("currentStatus", "U", "factValue.currentStatus.U"),
            v("currentStatus", "T", "factValue.currentStatus.T"),
            v("currentStatus", "LPR", "factValue.currentStatus.LPR"),
            v("currentStatus", "asylee", "factValue.currentStatus.asylee"),
            v("currentStatus", "refugee", "factValue.currentStatus.refugee"),
            v("currentStatus", "USC", "factValue.currentStatus.USC"),
            v("currentStatus", "other", "factValue.currentStatus.other"),
            v("finalOrderType", "IJ_order", "factValue.finalOrderType.IJOrder"),
            v("finalOrderType", "in_absentia", "factValue.finalOrderType.inAbsentia"),
            v("finalOrderType", "expedited_removal", "factValue.finalOrderType.expeditedRemoval"),
            v("finalOrderType", "reinstated", "factValue.finalOrderType.reinstated"),
            v("finalOrderType", "VD_overstayed", "factValue.finalOrderType.VDOverstayed"),
            v("jurisdiction", "state", "factValue.jurisdiction.state"),
            v("jurisdiction", "federal", "factValue.jurisdiction.federal"),
            v("classification", "felony", "factValue.classification.felony"),
            v("classification", "misdemeanor", "factValue.classification.misdemeanor"),
            v("classification", "petty_offense", "factValue.classification.pettyOffense"),
            v("classification", "infraction", "factValue.classification.infraction"),
            v("classification", "minor_traffic", "factValue.classification.minorTraffic"),
            v("lawAnswer", "yes", "factValue.lawAnswer.yes"),
            v("lawAnswer", "no", "factValue.lawAnswer.no"),
            v("lawAnswer", "unknown", "factValue.lawAnswer.unknown"),
            v("tag", "dv", "factValue.tag.dv"),
            v("tag", "sexual_abuse", "factValue.tag.sexualAbuse"),
            v("tag", "burglary", "factValue.tag.burglary"),
            v("tag", "firearm", "factValue.tag.firearm"),
            v("tag", "drug_distribution", "factValue.tag.drugDistribution"),
            v("tag", "dui", "factValue.tag.dui"),
            v("tag", "gang_element", "factValue.tag.gangElement"),
            v("tag", "theft", "factValue.tag.theft"),
            v("tag", "assault_on_officer", "factValue.tag.assaultOnOfficer"),
            v("tag", "fraud", "factValue.tag.fraud"),
            v("tag", "prostitution", "factValue.tag.prostitution"),
            v("tag", "immigration_1325", "factValue.tag.immigration1325"),
            v("tag", "immigration_1326", "factValue.tag.immigration1326"),
            v("unchargedConduct", "unlawful_entry_8usc1325", "factValue.unchargedConduct.unlawfulEntry8usc1325"),
            v("unchargedConduct", "reentry_8usc1326", "factValue.unchargedConduct.reentry8usc1326"),
            v("unchargedConduct", "false_documents", "factValue.unchargedConduct.falseDocuments"),
            v("unchargedConduct", "false_ssn", "factValue.unchargedConduct.falseSsn"),
            v("unchargedConduct", "false_claim_usc", "factValue.unchargedConduct.falseClaimUsc"),
            v("unchargedConduct", "unauthorized_work", "factValue.unchargedConduct.unauthorizedWork"),
            v("unchargedConduct", "prostitution", "factValue.unchargedConduct.prostitution"),
            v("unchargedConduct", "other", "factValue.unchargedConduct.other"),
            v("gang", "none", "factValue.gang.none"),
            v("gang", "database_only", "factValue.gang.databaseOnly"),
            v("gang", "admitted", "factValue.gang.admitted"),
            v("gang", "conviction_element", "factValue.gang.convictionElement"),
            v("courtType", "family", "factValue.courtType.family"),
            v("courtType", "protective_order", "factValue.courtType.protectiveOrder"),
            v("courtType", "criminal", "factValue.courtType.criminal"),
            v("courtType", "civil", "factValue.courtType.civil"),
            v("courtType", "small_claims", "factValue.courtType.smallClaims"),
            v("courtType", "traffic", "factValue.courtType.traffic"),
            v("courtType", "immigration", "factValue.courtType.immigration"),
            v("clientRole", "petitioner", "factValue.clientRole.petitioner"),
            v("clientRole", "respondent", "factValue.clientRole.respondent"),
            v("clientRole", "defendant", "factValue.clientRole.defendant"),
            v("clientRole", "witness", "factValue.clientRole.witness"),
            v("clientRole", "companion", "factValue.clientRole.companion"),
            v("model287g", "JEM", "factValue.model287g.JEM"),
            v("model287g", "TFM", "factValue.model287g.TFM"),
            v("model287g", "WSO", "factValue.model287g.WSO"),
            v("checkinType", "supervision", "factValue.checkinType.supervision"),
            v("checkinType", "recognizance", "factValue.checkinType.recognizance"),
            v("checkinType", "ATD", "factValue.checkinType.ATD"));

    private static final Map<String, String> KEYS = ALL.stream()
            .collect(Collectors.toMap(v -> v.group() + "|" + v.value(), Value::key));

    private FactValues() {
    }

    private static Value v(String group, String value, String key) {
        return new Value(group, value, key);
    }

    /** The JSON values of {@code group} in order; empty for a null or unknown group. */
    static List<String> values(String group) {
        List<String> values = new ArrayList<>();
        for (Value v : ALL) {
            if (v.group().equals(group)) {
                values.add(v.value());
            }
        }
        return List.copyOf(values);
    }

    /** The message key of {@code value}'s label in {@code group}. */
    public static Optional<String> labelKey(String group, String value) {
        return Optional.ofNullable(KEYS.get(group + "|" + value));
    }
}

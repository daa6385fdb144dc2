package org.amparo.facts;

import java.util.List;

/** Uncharged conduct and allegations ({@code conduct}). */
public record Conduct(
        List<UnchargedConduct> unchargedConduct,
        Boolean fraudOrMisrepOfficialMatter,
        String fraudDetails,
        Boolean publicBenefitsAbuse,
        GangAllegation gangAllegation,
        Integer ageAtGangActivity,
        Boolean terrorismEspionageFlag,
        Boolean visaProgramAbuseFinding,
        Integer voluntaryReturns) {

    public enum UnchargedConduct {
        unlawful_entry_8usc1325, reentry_8usc1326, false_documents, false_ssn, false_claim_usc, unauthorized_work,
        prostitution, other
    }

    public enum GangAllegation { none, database_only, admitted, conviction_element }
}

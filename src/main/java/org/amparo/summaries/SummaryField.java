package org.amparo.summaries;

/**
 * The groups of facts a case summary may hold; profiles whitelist them. "Protected" means protected by 8 U.S.C. 1367
 * (U, T and VAWA relief and anything that reveals such a petition).
 */
public enum SummaryField {
    NAME, DATE_OF_BIRTH, ALIASES, LANGUAGES, A_NUMBER, ADDRESS, PHONES, EMAILS, SAFE_CONTACT_NOTES,
    CASE, ENFORCEMENT, RELIEF_UNPROTECTED, RELIEF_PROTECTED, RELIEF_DETAIL, DERIVATIVES, DEADLINES_UNPROTECTED, DEADLINES_PROTECTED,
    COURT_DATES, RISK_FACTORS, SAFETY_PLANS, ADVERSE_PARTIES, NOTES
}

package org.amparo.security;

/**
 * The kinds of data permissions are granted on. Services name the kind of every field group they read or write.
 *
 * <ul>
 *   <li>{@code CLIENT_IDENTITY}: names, aliases, date of birth, sex, countries, languages.</li>
 *   <li>{@code CLIENT_CONTACT}: address, phones, e-mails, safe-contact notes (a shelter address is here).</li>
 *   <li>{@code IMMIGRATION_STATUS}: the A-number and the {@code immigration} section.</li>
 *   <li>{@code PROTECTED_1367}: U, T and VAWA facts, adverse parties, and anything that reveals a protected
 *       petition (8 U.S.C. 1367).</li>
 *   <li>{@code CRIMINAL}: convictions, pending charges, conduct.</li>
 *   <li>{@code FAMILY}, {@code COURT_EVENTS} (court events and ICE check-ins), {@code ASYLUM_SIJS}.</li>
 *   <li>{@code CASE}: the case record, assignments, status; {@code CASE_NOTE}: free-text narratives.</li>
 *   <li>{@code SCREENING}: stored and computed screening results.</li>
 *   <li>{@code AGGREGATE_REPORT}: reports with no personal data; {@code REFERENCE_DATA}: frameworks, 287(g)
 *       snapshots, courthouses, ICE-activity reports.</li>
 *   <li>{@code USER}, {@code BACKUP}, {@code AUDIT_LOG}, {@code SETTINGS}: administration.</li>
 * </ul>
 */
public enum DataKind {
    CLIENT_IDENTITY, CLIENT_CONTACT, IMMIGRATION_STATUS, PROTECTED_1367, CRIMINAL, FAMILY, COURT_EVENTS, ASYLUM_SIJS,
    CASE, CASE_NOTE, SCREENING, AGGREGATE_REPORT, REFERENCE_DATA, USER, BACKUP, AUDIT_LOG, SETTINGS
}

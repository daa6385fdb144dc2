package org.amparo.cases;

/**
 * The sections of the facts document as the case view edits them, each saved on its own with its own version
 * (optimistic locking). {@code PERSON} is the client record itself ({@code ClientService}); {@code SOURCES} is the
 * {@code facts_sources} map and {@code EXTENSIONS} the free-form {@code extensions} object.
 */
public enum FactSection {
    PERSON, IMMIGRATION, CRIMINAL, CONDUCT, U, T, VAWA, FAMILY, COURT_EVENTS, ICE_CHECKINS, ASYLUM, SIJS, SOURCES,
    EXTENSIONS
}

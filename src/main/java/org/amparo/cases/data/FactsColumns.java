package org.amparo.cases.data;

import static org.amparo.db.jooq.Tables.CLIENT_FACTS;

import org.amparo.cases.FactSection;
import org.amparo.db.jooq.tables.ClientFacts;
import org.jooq.TableField;
import org.amparo.db.jooq.tables.records.ClientFactsRecord;

/** Each section's presence and version columns in {@code client_facts}. */
record FactsColumns(TableField<ClientFactsRecord, Boolean> present, TableField<ClientFactsRecord, Integer> version) {

    private static final ClientFacts F = CLIENT_FACTS;

    static FactsColumns of(FactSection section) {
        return switch (section) {
            case IMMIGRATION -> new FactsColumns(F.IMMIGRATION_PRESENT, F.IMMIGRATION_VERSION);
            case CRIMINAL -> new FactsColumns(F.CRIMINAL_PRESENT, F.CRIMINAL_VERSION);
            case CONDUCT -> new FactsColumns(F.CONDUCT_PRESENT, F.CONDUCT_VERSION);
            case U -> new FactsColumns(F.U_PRESENT, F.U_VERSION);
            case T -> new FactsColumns(F.T_PRESENT, F.T_VERSION);
            case VAWA -> new FactsColumns(F.VAWA_PRESENT, F.VAWA_VERSION);
            case FAMILY -> new FactsColumns(F.FAMILY_PRESENT, F.FAMILY_VERSION);
            case COURT_EVENTS -> new FactsColumns(F.COURT_EVENTS_PRESENT, F.COURT_EVENTS_VERSION);
            case ICE_CHECKINS -> new FactsColumns(F.ICE_CHECKINS_PRESENT, F.ICE_CHECKINS_VERSION);
            case ASYLUM -> new FactsColumns(F.ASYLUM_PRESENT, F.ASYLUM_VERSION);
            case SIJS -> new FactsColumns(F.SIJS_PRESENT, F.SIJS_VERSION);
            case SOURCES -> new FactsColumns(F.SOURCES_PRESENT, F.SOURCES_VERSION);
            case EXTENSIONS -> new FactsColumns(F.EXTENSIONS_PRESENT, F.EXTENSIONS_VERSION);
            case PERSON -> throw new IllegalArgumentException("person is the client record, not a facts section");
        };
    }
}

package org.amparo.interchange;

import java.util.Locale;

/**
 * What an export leaves in, by whitelist. {@code FULL}: everything. {@code REFERRAL}: no address, phones, e-mails,
 * safe-contact notes, A-number, immigration section, U / T / VAWA facts, fact sources or extensions.
 * {@code CLIENT}: {@code REFERRAL} without the facts about abusers and adverse parties (who in the family is an abuser
 * or perpetrator or in danger of retaliation, whether an abuser knows a court date or threatened a report).
 */
public enum RedactionProfile {
    FULL, REFERRAL, CLIENT;

    /** The profile named {@code full}, {@code referral} or {@code client} (any case). */
    public static RedactionProfile parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

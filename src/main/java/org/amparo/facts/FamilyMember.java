package org.amparo.facts;

import java.time.LocalDate;

/** A family member; {@code ref} is her stable id within the document and outputs point at it. */
public record FamilyMember(
        String ref,
        Relationship relationship,
        String givenName,
        LocalDate dob,
        MaritalStatus maritalStatus,
        Location location,
        Citizenship citizenship,
        Boolean perpetratorOfCrime,
        Boolean isAbuser,
        Boolean retaliationDanger) {

    public enum Relationship { spouse, child, parent, sibling, other }

    public enum MaritalStatus { single, married, divorced, widowed }

    public enum Location { us, abroad }

    public enum Citizenship { USC, LPR, other, unknown }
}

package org.amparo.facts;

import java.time.LocalDate;

/** Special Immigrant Juvenile facts ({@code sijs}); the age comes from {@code person.dob}. */
public record Sijs(LocalDate stateCourtOrderDate, LocalDate i360FiledDate) { }

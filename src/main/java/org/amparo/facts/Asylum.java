package org.amparo.facts;

import java.time.LocalDate;

/** Asylum one-year-deadline facts ({@code asylum}). */
public record Asylum(Boolean intendsToApply, LocalDate lastArrivalDate, LocalDate filedDate,
                     Boolean changedCircumstances, Boolean extraordinaryCircumstances) { }

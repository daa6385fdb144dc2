package org.amparo.facts;

import java.time.LocalDate;
import java.util.List;

/** Identity and safe-contact facts ({@code person}). */
public record Person(
        String givenName,
        String familyName,
        String preferredName,
        List<String> aliases,
        LocalDate dob,
        Sex sex,
        List<String> countriesOfCitizenship,
        List<String> languages,
        String aNumber,
        List<Phone> phones,
        List<Email> emails,
        Address address,
        String safeContactNotes) {

    public enum Sex { F, M, X }

    public record Phone(String number, Boolean safeToCall, Boolean safeToText, Boolean safeForVoicemail) { }

    public record Email(String address, Boolean safe) { }

    public record Address(String line1, String line2, String city, String county, String state, String zip,
                          Boolean confidential) { }
}

package org.amparo.facts;

import java.time.LocalDate;

/** An ICE reporting appointment ({@code ice_checkins[]}). */
public record IceCheckin(String ref, LocalDate date, String office, Type type) {

    public enum Type { supervision, recognizance, ATD }
}

package org.amparo.facts;

import java.time.LocalDate;
import java.util.List;

/** Convictions and pending charges ({@code criminal}). */
public record Criminal(List<Conviction> convictionOffenses, List<PendingCharge> pendingCharges) {

    public enum Jurisdiction { state, federal }

    public enum Classification { felony, misdemeanor, petty_offense, infraction, minor_traffic }

    /** {@code yes | no | unknown} answers that need an attorney (aggravated felony, CIMT). */
    public enum Tristate { yes, no, unknown }

    public enum Tag {
        dv, sexual_abuse, burglary, firearm, drug_distribution, dui, gang_element, theft, assault_on_officer, fraud,
        prostitution, immigration_1325, immigration_1326
    }

    public record Conviction(
            String offenseLabel,
            String statuteCite,
            Jurisdiction jurisdiction,
            Classification classification,
            LocalDate convictionDate,
            String incidentId,
            Integer sentenceImposedDays,
            Integer custodyDaysOrderedToServe,
            Boolean sentenceSuspended,
            Boolean immigrationStatusIsElement,
            Tristate aggravatedFelony,
            Tristate cimt,
            List<Tag> tags,
            Boolean vacatedOrExpunged,
            Boolean connectedToAbuse) { }

    public record PendingCharge(String offenseLabel, List<Tag> tags, LocalDate chargeDate, String court,
                                LocalDate nextCourtDate) { }
}

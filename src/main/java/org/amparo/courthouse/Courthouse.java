package org.amparo.courthouse;

import java.util.Set;
import org.amparo.facts.CourtEvent.CourtType;

/**
 * A courthouse in a jurisdiction (state and county).
 *
 * @param id         null before it is first saved
 * @param state      2-letter code
 * @param county     the county as written ("Example County")
 * @param courtTypes the kinds of court sitting there
 * @param version    optimistic-lock version: a save with a stale version is refused
 */
public record Courthouse(Long id, String name, String address, String county, String state,
                         Set<CourtType> courtTypes, int version) {

    public Courthouse {
        courtTypes = Set.copyOf(courtTypes);
    }
}

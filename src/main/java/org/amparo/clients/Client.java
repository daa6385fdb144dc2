package org.amparo.clients;

import org.amparo.facts.Person;

/** A client as stored: her {@code person} facts plus identity and optimistic-lock version. */
public record Client(Long id, int version, Person person) {

    public static Client newClient(Person person) {
        return new Client(null, 0, person);
    }
}

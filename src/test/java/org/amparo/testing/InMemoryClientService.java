package org.amparo.testing;

import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.amparo.clients.Client;
import org.amparo.clients.ClientService;
import org.amparo.clients.ClientSummary;
import org.amparo.clients.StaleEditException;
import org.amparo.facts.Person;

/** A list-backed client service for UI tests, searching the way the contract describes. */
@Singleton
public final class InMemoryClientService implements ClientService {

    private final List<Client> clients = new ArrayList<>();
    private long nextId = 1;
    private int searches;

    @Override
    public synchronized List<ClientSummary> search(String query, int limit) {
        searches++;
        List<String> words = words(query);
        return clients.stream()
                .filter(client -> words.stream().allMatch(word -> matches(client.person(), word)))
                .map(InMemoryClientService::summary)
                .sorted(Comparator.comparing(ClientSummary::displayName))
                .limit(limit)
                .toList();
    }

    private static boolean matches(Person person, String word) {
        List<String> nameWords = Stream.concat(
                        Stream.of(person.givenName(), person.familyName(), person.preferredName()),
                        person.aliases() == null ? Stream.empty() : person.aliases().stream())
                .filter(name -> name != null)
                .flatMap(name -> words(name).stream())
                .toList();
        if (nameWords.stream().anyMatch(name -> name.startsWith(word))) {
            return true;
        }
        String digits = word.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return false;
        }
        String aNumber = person.aNumber() == null ? "" : person.aNumber().replaceAll("\\D", "");
        boolean phone = person.phones() != null && person.phones().stream()
                .anyMatch(p -> p.number() != null && p.number().replaceAll("\\D", "").contains(digits));
        return aNumber.contains(digits) || phone;
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return List.of(plain.strip().split("[\\s,]+"));
    }

    private static ClientSummary summary(Client client) {
        Person p = client.person();
        String name = ClientSummary.displayName(p.givenName(), p.familyName(), p.preferredName());
        String aliases = p.aliases() == null ? "" : String.join(", ", p.aliases());
        String phone = p.phones() == null || p.phones().isEmpty() ? "" : p.phones().get(0).number();
        return new ClientSummary(client.id(), name, aliases, p.dob(), p.aNumber(), phone);
    }

    @Override
    public synchronized Optional<Client> find(long id) {
        return clients.stream().filter(c -> c.id() == id).findFirst();
    }

    @Override
    public synchronized Client save(Client client) throws StaleEditException {
        if (client.id() == null) {
            Client stored = new Client(nextId++, 1, client.person());
            clients.add(stored);
            return stored;
        }
        Client current = find(client.id()).orElseThrow();
        if (current.version() != client.version()) {
            throw new StaleEditException("stale");
        }
        Client stored = new Client(client.id(), client.version() + 1, client.person());
        clients.set(clients.indexOf(current), stored);
        return stored;
    }

    /** Pretends someone else saved the client meanwhile. */
    public synchronized void bumpVersion(long id) {
        Client current = find(id).orElseThrow();
        clients.set(clients.indexOf(current), new Client(id, current.version() + 1, current.person()));
    }

    @Override
    public synchronized int count() {
        return clients.size();
    }

    public synchronized int searchCount() {
        return searches;
    }
}

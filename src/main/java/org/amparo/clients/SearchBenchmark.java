package org.amparo.clients;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.amparo.bench.BenchFigure;
import org.amparo.bench.Benchmark;
import org.amparo.clients.data.ClientRepository;
import org.amparo.facts.Person;
import org.amparo.platform.db.Database;

/**
 * {@code search.p95_ms}: type-ahead queries of 1–4 characters (prefixes of real names, aliases and phone endings)
 * through {@link ClientService}, against {@code search.floor_p95_ms}: the same SQL over raw JDBC, measured
 * alternately in the same run. Fills the vault with synthetic clients first when it is empty.
 */
public final class SearchBenchmark implements Benchmark {

    static final int QUERIES = 600;
    static final int WARM_UP = 300;
    static final int PAGE = 50;
    static final double TARGET_MS = 30;

    private final ClientService clients;
    private final DemoDataService demo;
    private final ClientRepository repository;

    @Inject
    public SearchBenchmark(ClientService clients, DemoDataService demo, Database db) {
        this.clients = clients;
        this.demo = demo;
        this.repository = new ClientRepository(db);
    }

    @Override
    public List<BenchFigure> run(int clientCount, long seed) {
        if (clients.count() == 0) {
            demo.fill(clientCount, seed, n -> { });
        }
        List<String> queries = queries(seed, Math.max(clientCount, 1), WARM_UP + QUERIES);
        for (String q : queries.subList(0, WARM_UP)) {
            clients.search(q, PAGE);
            repository.searchRawJdbc(q, PAGE);
        }
        double[] service = new double[QUERIES];
        double[] floor = new double[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            String q = queries.get(WARM_UP + i);
            if (i % 2 == 0) {
                service[i] = timeService(q);
                floor[i] = timeFloor(q);
            } else {
                floor[i] = timeFloor(q);
                service[i] = timeService(q);
            }
        }
        double p95 = p95(service);
        double floorP95 = p95(floor);
        return List.of(
                new BenchFigure("search.p95_ms", round(p95), "ms", round(floorP95), TARGET_MS,
                        "type-ahead query through the service; floor = the same SQL over raw JDBC"),
                new BenchFigure("search.floor_p95_ms", round(floorP95), "ms", null, null,
                        "the service's search SQL over raw JDBC, same queries, same run"));
    }

    /** Prefixes (1–4 characters) of names, aliases and phone endings of the synthetic clients of {@code seed}. */
    static List<String> queries(long seed, int clientCount, int n) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5EA4C4L);
        List<String> out = new ArrayList<>(n);
        while (out.size() < n) {
            Person p = SyntheticClients.person(seed, rnd.nextInt(clientCount));
            String source = switch (rnd.nextInt(5)) {
                case 0, 1 -> p.givenName();
                case 2 -> p.familyName();
                case 3 -> p.aliases().isEmpty() ? p.givenName() : p.aliases().get(0);
                default -> p.phones().isEmpty() ? p.familyName() : lastDigits(p.phones().get(0).number(), 4);
            };
            int len = 1 + rnd.nextInt(4);
            out.add(source.substring(0, Math.min(len, source.length())));
        }
        return out;
    }

    private static String lastDigits(String number, int n) {
        String digits = number.replaceAll("[^0-9]", "");
        return digits.substring(Math.max(0, digits.length() - n));
    }

    private double timeService(String q) {
        long t0 = System.nanoTime();
        clients.search(q, PAGE);
        return (System.nanoTime() - t0) / 1e6;
    }

    private double timeFloor(String q) {
        long t0 = System.nanoTime();
        repository.searchRawJdbc(q, PAGE);
        return (System.nanoTime() - t0) / 1e6;
    }

    static double p95(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
    }

    private static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }
}

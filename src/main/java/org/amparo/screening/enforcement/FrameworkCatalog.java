package org.amparo.screening.enforcement;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amparo.facts.FactsJson;

/**
 * The enforcement frameworks known to the engine, oldest first. {@link #bundled()} reads {@code /frameworks/index.json}
 * and the files it lists from the classpath; {@link #of} and {@link #parse} build catalogs from other data (tests,
 * what-if frameworks). Framework ids and category ids must be unique.
 */
public final class FrameworkCatalog {

    private static final String INDEX = "/frameworks/index.json";

    private final Map<String, FrameworkDefinition> frameworks;

    private FrameworkCatalog(List<FrameworkDefinition> list) {
        Map<String, FrameworkDefinition> m = new LinkedHashMap<>();
        Set<String> categoryIds = new HashSet<>();
        list.stream().sorted(Comparator.comparing(FrameworkDefinition::effectiveFrom)).forEach(fw -> {
            validate(fw);
            if (m.put(fw.id(), fw) != null) {
                throw new IllegalArgumentException("duplicate framework id " + fw.id());
            }
            fw.categories().forEach(c -> {
                if (!categoryIds.add(c.id())) {
                    throw new IllegalArgumentException("duplicate category id " + c.id() + " in " + fw.id());
                }
            });
        });
        this.frameworks = m;
    }

    public static FrameworkCatalog of(List<FrameworkDefinition> frameworks) {
        return new FrameworkCatalog(frameworks);
    }

    /** Parses one framework file's JSON text. */
    public static FrameworkDefinition parse(String json) {
        try {
            return FactsJson.mapper().readValue(json, FrameworkDefinition.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid framework file: " + e.getMessage(), e);
        }
    }

    /** The frameworks bundled under {@code resources/frameworks/}. */
    public static FrameworkCatalog bundled() {
        JsonNode index = read(INDEX, JsonNode.class);
        List<FrameworkDefinition> list = new ArrayList<>();
        index.path("frameworks").forEach(name -> list.add(read("/frameworks/" + name.asText(),
                FrameworkDefinition.class)));
        if (list.isEmpty()) {
            throw new IllegalStateException(INDEX + " lists no frameworks");
        }
        return new FrameworkCatalog(list);
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = FrameworkCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + resource);
            }
            return FactsJson.mapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static void validate(FrameworkDefinition fw) {
        if (fw.id() == null || fw.effectiveFrom() == null || fw.hasExemptClass() == null
                || fw.categories().isEmpty()) {
            throw new IllegalArgumentException("framework " + fw.id() + ": id, effective_from, has_exempt_class and"
                    + " categories are required");
        }
        if (fw.effectiveTo() != null && !fw.effectiveTo().isAfter(fw.effectiveFrom())) {
            throw new IllegalArgumentException("framework " + fw.id() + ": effective_to must follow effective_from");
        }
        for (CategoryDefinition c : fw.categories()) {
            if (c.id() == null || c.predicate() == null || c.citation() == null) {
                throw new IllegalArgumentException("framework " + fw.id() + ": every category needs id, citation"
                        + " and predicate");
            }
        }
        if (fw.assessmentCategory() != null && fw.categories().stream()
                .noneMatch(c -> c.id().equals(fw.assessmentCategory()))) {
            throw new IllegalArgumentException("framework " + fw.id() + ": assessment_category "
                    + fw.assessmentCategory() + " is not one of its categories");
        }
    }

    /** Ids oldest first (by {@code effective_from}). */
    public List<String> ids() {
        return List.copyOf(frameworks.keySet());
    }

    public List<FrameworkDefinition> all() {
        return List.copyOf(frameworks.values());
    }

    public Optional<FrameworkDefinition> find(String id) {
        return Optional.ofNullable(frameworks.get(id));
    }
}

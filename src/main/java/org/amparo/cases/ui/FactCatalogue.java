package org.amparo.cases.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.cases.FactSection;

/**
 * The facts field catalogue: drives the case view's section editors, the question to ask for each missing fact a
 * screening names, and the order of the intake interview. Pure and immutable.
 */
public final class FactCatalogue {

    private static final FactCatalogue STANDARD = new FactCatalogue(FactFields.all());

    private final List<FactField> fields;
    private final Map<String, FactField> byPath = new LinkedHashMap<>();

    FactCatalogue(List<FactField> fields) {
        this.fields = List.copyOf(fields);
        for (FactField field : fields) {
            if (byPath.put(field.path(), field) != null) {
                throw new IllegalArgumentException("two catalogue rows for " + field.path());
            }
        }
    }

    /** The catalogue of every {@code amparo-facts/1} field Amparo asks. */
    public static FactCatalogue standard() {
        return STANDARD;
    }

    public List<FactField> all() {
        return fields;
    }

    /** The field with this pattern path ({@code $.u.crimes[].date}). */
    public Optional<FactField> field(String patternPath) {
        return Optional.ofNullable(byPath.get(patternPath));
    }

    /** A section's own fields and lists (not the fields inside list items), in catalogue order. */
    public List<FactField> sectionFields(FactSection section) {
        List<FactField> found = new ArrayList<>();
        for (FactField field : fields) {
            if (field.section() == section && !field.inListItem()) {
                found.add(field);
            }
        }
        return found;
    }

    /** The fields of one item of the list at {@code listPath}, in catalogue order. */
    public List<FactField> itemFields(String listPath) {
        List<FactField> found = new ArrayList<>();
        for (FactField field : fields) {
            if (listPath.equals(field.listPath())) {
                found.add(field);
            }
        }
        return found;
    }

    /** The fields and lists an intake step asks (not the fields inside list items), in interview order. */
    public List<FactField> stepFields(IntakeStep step) {
        List<FactField> found = new ArrayList<>();
        for (FactField field : fields) {
            if (field.step() == step && !field.inListItem()) {
                found.add(field);
            }
        }
        return found;
    }

    /**
     * The field that answers a path a screening names as missing. Indexes are dropped
     * ({@code $.u.crimes[2].date} → {@code $.u.crimes[].date}); a path naming an object or a whole section
     * ({@code $.u.certification}, {@code $.t}) is answered by its first field.
     */
    public Optional<FactField> answering(String missingPath) {
        String pattern = patternOf(missingPath);
        FactField exact = byPath.get(pattern);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (FactField field : fields) {
            if (field.path().startsWith(pattern + ".") || field.path().startsWith(pattern + "[].")) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** {@code $.a[3].b} → {@code $.a[].b}. */
    public static String patternOf(String concretePath) {
        return concretePath.replaceAll("\\[\\d+]", "[]");
    }
}

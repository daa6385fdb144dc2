package org.amparo.cases.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.amparo.platform.i18n.Messages;

/**
 * The editable answers to a group of catalogue fields (a case-view section or an intake step), written straight
 * into the facts tree they were read from. {@code onChange} runs after every answer.
 */
public final class FactForm {

    private final ObjectNode root;
    private final FactCatalogue catalogue;
    private final Messages messages;
    private final FactDates dates;
    private final Supplier<LocalDate> today;
    private final Runnable onChange;
    private final List<FactInput> inputs = new ArrayList<>();
    private final List<FactList> lists = new ArrayList<>();
    private final Map<String, FactInput> byPath = new LinkedHashMap<>();

    /**
     * @param fields the group's own fields and lists, in order
     * @param itemFilter which fields of list items to show (all in the case view; the step's in the intake)
     */
    FactForm(ObjectNode root, List<FactField> fields, Predicate<FactField> itemFilter, FactCatalogue catalogue,
             Messages messages, FactDates dates, Supplier<LocalDate> today, Runnable onChange) {
        this.root = root;
        this.catalogue = catalogue;
        this.messages = messages;
        this.dates = dates;
        this.today = today;
        this.onChange = onChange;
        for (FactField field : fields) {
            if (field.type() == FactType.LIST) {
                List<FactField> itemFields = catalogue.itemFields(field.path()).stream()
                        .filter(f -> f.type() == FactType.REF || itemFilter.test(f)).toList();
                lists.add(new FactList(field, itemFields, root, this::input, onChange));
            } else {
                inputs.add(input(field.path()));
            }
        }
    }

    /** The input at a concrete path, made (and loaded from the tree) on first use. */
    private FactInput input(String path) {
        FactInput existing = byPath.get(path);
        if (existing != null) {
            existing.load(FactsTree.get(root, path));
            return existing;
        }
        FactField field = catalogue.field(FactCatalogue.patternOf(path)).orElseThrow();
        FactInput input = new FactInput(field, path, messages, dates, today);
        input.load(FactsTree.get(root, path));
        input.onChange(() -> {
            if (input.valid()) {
                FactsTree.set(root, input.path(), input.value());
            }
            onChange.run();
        });
        byPath.put(path, input);
        return input;
    }

    public List<FactInput> inputs() {
        return List.copyOf(inputs);
    }

    public List<FactList> lists() {
        return List.copyOf(lists);
    }

    /** Every input shown now, including those of list items. */
    public List<FactInput> allInputs() {
        List<FactInput> all = new ArrayList<>(inputs);
        for (FactList list : lists) {
            list.items().forEach(item -> all.addAll(item.inputs()));
        }
        return all;
    }

    /** Whether every input shown holds a valid answer (or none). */
    public boolean valid() {
        return allInputs().stream().allMatch(FactInput::valid);
    }

    /** The input shown for a concrete path, if any. */
    public Optional<FactInput> inputAt(String path) {
        return allInputs().stream().filter(input -> input.path().equals(path)).findFirst();
    }

    /** The list at a list path, if this form shows it. */
    public Optional<FactList> list(String listPath) {
        return lists.stream().filter(list -> list.field().path().equals(listPath)).findFirst();
    }
}

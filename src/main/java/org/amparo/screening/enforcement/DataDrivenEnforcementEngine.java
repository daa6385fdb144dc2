package org.amparo.screening.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.facts.FactSource;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Immigration.CurrentStatus;
import org.amparo.screening.CategoryOutcome;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.FrameworkResult.CategoryResult;
import org.amparo.screening.FrameworkResult;
import org.amparo.screening.enforcement.OutcomeRules.Evaluated;

/**
 * The enforcement engine driven by framework data files: each category names a predicate from a
 * {@link PredicateRegistry} and its parameters. Pure: no I/O after construction.
 */
public final class DataDrivenEnforcementEngine implements EnforcementEngine {

    static final String UNVERIFIED_PREFIX = "UNVERIFIED in the legal reference: ";
    static final String CONTEXT_NOTE = "context only: shown for awareness; it does not set this framework's outcome";

    private static final class Bundled {
        static final DataDrivenEnforcementEngine INSTANCE = new DataDrivenEnforcementEngine(FrameworkCatalog.bundled());
    }

    private final FrameworkCatalog catalog;
    private final List<FrameworkDefinition> frameworks;
    private final List<String> ids;
    private final PredicateRegistry registry;
    /** Each framework's categories with their predicates and parameters, resolved once at construction. */
    private final Map<FrameworkDefinition, List<Compiled>> compiled = new IdentityHashMap<>();

    /** A category ready to evaluate; {@code unverifiedReason} is null unless the category is unverified. */
    private record Compiled(CategoryDefinition category, CategoryPredicate predicate, Params params,
                            String unverifiedReason) {

        PredicateResult evaluate(FactsDocument facts, LocalDate asOf) {
            return predicate.evaluate(facts, params, asOf);
        }
    }

    /** A {@code facts_sources} path whose source is an adverse party, with the warning shown where it is read. */
    private record AdverseSource(String path, String warning) { }

    public DataDrivenEnforcementEngine(FrameworkCatalog catalog) {
        this(catalog, PredicateRegistry.standard());
    }

    /**
     * Checks that every category's predicate resolves and that its parameters are well formed (each category is
     * evaluated once against an empty document).
     *
     * @throws IllegalArgumentException naming the first category that does not
     */
    public DataDrivenEnforcementEngine(FrameworkCatalog catalog, PredicateRegistry registry) {
        this.catalog = catalog;
        this.registry = registry;
        this.frameworks = catalog.all();
        this.ids = catalog.ids();
        FactsDocument empty = new FactsDocument(FactsDocument.SCHEMA_ID, "load-check", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
        for (FrameworkDefinition fw : frameworks) {
            List<Compiled> list = new ArrayList<>(fw.categories().size());
            for (CategoryDefinition c : fw.categories()) {
                try {
                    Compiled cc = new Compiled(c, predicate(c), c.paramsView(), unverifiedReason(c));
                    cc.evaluate(empty, fw.effectiveFrom());
                    list.add(cc);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(fw.id() + "/" + c.id() + ": " + e.getMessage(), e);
                }
            }
            compiled.put(fw, List.copyOf(list));
        }
    }

    private static String unverifiedReason(CategoryDefinition c) {
        return !c.unverified() ? null : UNVERIFIED_PREFIX + (c.unverifiedNote() != null ? c.unverifiedNote()
                : "confirm against the primary text before relying on it");
    }

    /** The engine over the bundled frameworks, loaded once. */
    public static DataDrivenEnforcementEngine bundled() {
        return Bundled.INSTANCE;
    }

    public FrameworkCatalog catalog() {
        return catalog;
    }

    @Override
    public List<String> frameworkIds() {
        return ids;
    }

    /** The civil-removal framework in force on {@code date} (the most recent when two overlap). */
    @Override
    public Optional<String> inForceOn(LocalDate date) {
        FrameworkDefinition latest = null;
        for (FrameworkDefinition fw : frameworks) {
            if (FrameworkDefinition.CIVIL_REMOVAL.equals(fw.kind()) && fw.inForceOn(date)
                    && (latest == null || fw.effectiveFrom().compareTo(latest.effectiveFrom()) > 0)) {
                latest = fw;
            }
        }
        return Optional.ofNullable(latest).map(FrameworkDefinition::id);
    }

    @Override
    public List<FrameworkResult> evaluate(FactsDocument facts, LocalDate asOf, Collection<String> frameworkIds) {
        List<FrameworkDefinition> selected = frameworks;
        if (frameworkIds != null && !frameworkIds.isEmpty()) {
            selected = new ArrayList<>(frameworkIds.size());
            for (String id : frameworkIds) {
                selected.add(catalog.find(id).orElseThrow(() -> new IllegalArgumentException(
                        "unknown framework id: " + id + " (known: " + catalog.ids() + ")")));
            }
        }
        List<AdverseSource> adverse = adverseSources(facts.factsSources());
        List<FrameworkResult> results = new ArrayList<>(selected.size());
        for (FrameworkDefinition fw : selected) {
            results.add(evaluate(fw, facts, asOf, adverse));
        }
        return List.copyOf(results);
    }

    private FrameworkResult evaluate(FrameworkDefinition fw, FactsDocument facts, LocalDate asOf,
                                     List<AdverseSource> adverse) {
        List<Compiled> defs = compiled.get(fw);
        List<Evaluated> evaluated = new ArrayList<>(defs.size());
        FrameworkResult.Assessment assessment = null;
        for (Compiled c : defs) {
            Evaluated e = new Evaluated(c.category(), c.evaluate(facts, asOf));
            evaluated.add(e);
            if (assessment == null && c.category().id().equals(fw.assessmentCategory())) {
                assessment = e.result().assessment();
            }
        }
        FrameworkOutcome outcome = OutcomeRules.derive(fw, facts, evaluated);
        List<CategoryResult> categories = new ArrayList<>(evaluated.size());
        for (int i = 0; i < defs.size(); i++) {
            categories.add(toResult(defs.get(i), evaluated.get(i).result(), adverse));
        }
        return new FrameworkResult(fw.id(), fw.inForceOn(asOf), outcome, List.copyOf(categories), assessment,
                missingFacts(outcome, facts, evaluated));
    }

    private CategoryPredicate predicate(CategoryDefinition c) {
        return registry.find(c.predicate()).orElseThrow(() -> new IllegalArgumentException("category " + c.id()
                + ": unknown predicate " + c.predicate() + " (known: " + registry.names() + ")"));
    }

    private static CategoryResult toResult(Compiled compiled, PredicateResult r, List<AdverseSource> adverse) {
        CategoryDefinition c = compiled.category();
        boolean warn = r.result() != CategoryOutcome.NO_MATCH && !adverse.isEmpty();
        if (compiled.unverifiedReason() == null && !warn && c.role() != CategoryDefinition.Role.context
                && noneBlank(r.reasons())) {
            return new CategoryResult(c.id(), r.result(), r.reasons(), r.facts(), c.citation());
        }
        List<String> reasons = new ArrayList<>(r.reasons().size() + 2);
        if (compiled.unverifiedReason() != null) {
            reasons.add(compiled.unverifiedReason());
        }
        for (String reason : r.reasons()) {
            if (!reason.isBlank()) {
                reasons.add(reason);
            }
        }
        if (warn) {
            for (AdverseSource source : adverse) {
                if (overlaps(source.path(), r.facts())) {
                    reasons.add(source.warning());
                }
            }
        }
        if (c.role() == CategoryDefinition.Role.context) {
            reasons.add(CONTEXT_NOTE);
        }
        return new CategoryResult(c.id(), r.result(), reasons, r.facts(), c.citation());
    }

    private static boolean noneBlank(List<String> reasons) {
        for (String reason : reasons) {
            if (reason.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** 8 U.S.C. 1367: facts that come only from the abuser, perpetrator or trafficker are flagged where read. */
    private static List<AdverseSource> adverseSources(Map<String, FactSource> sources) {
        if (sources == null) {
            return List.of();
        }
        List<AdverseSource> out = new ArrayList<>(0);
        for (Map.Entry<String, FactSource> entry : sources.entrySet()) {
            FactSource source = entry.getValue();
            if (source != null && source.isAdverseParty()) {
                out.add(new AdverseSource(entry.getKey(), entry.getKey() + " comes from the " + source
                        + ": 8 U.S.C. 1367 bars an adverse decision based solely on it"));
            }
        }
        return out;
    }

    private static boolean overlaps(String path, List<String> paths) {
        for (String p : paths) {
            if (p.startsWith(path) || path.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Paths whose answers would settle an unsettled outcome. */
    private static List<String> missingFacts(FrameworkOutcome outcome, FactsDocument facts, List<Evaluated> all) {
        if (outcome == FrameworkOutcome.PRIORITY || outcome == FrameworkOutcome.NOT_REMOVABLE) {
            return List.of();
        }
        Set<String> missing = new LinkedHashSet<>();
        for (Evaluated e : all) {
            if (e.category().role() == CategoryDefinition.Role.priority && !e.is(CategoryOutcome.MATCH)
                    && !e.result().missing().isEmpty()) {
                missing.addAll(e.result().missing());
            }
        }
        CurrentStatus status = facts.immigration() == null ? null : facts.immigration().currentStatus();
        if (status == null) {
            missing.add(FactPaths.CURRENT_STATUS);
        } else if (status == CurrentStatus.LPR) {
            missing.addAll(OutcomeRules.lprUnsettled(facts));
        }
        return List.copyOf(missing);
    }
}

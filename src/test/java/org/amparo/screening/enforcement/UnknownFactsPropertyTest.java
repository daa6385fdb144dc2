package org.amparo.screening.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.amparo.facts.Conduct;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.Criminal.Conviction;
import org.amparo.facts.Criminal.PendingCharge;
import org.amparo.facts.Criminal;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Immigration;
import org.amparo.screening.CategoryOutcome;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.FrameworkResult;
import org.junit.jupiter.api.Test;

/**
 * Property: unknown facts never yield a MATCH. For generated documents (many fields null), turning any one known
 * fact into unknown never creates a MATCH (or a PRIORITY) that the fuller document did not have (a known U.S.
 * citizen's NOT_REMOVABLE aside), and a document with nothing known matches nothing.
 */
class UnknownFactsPropertyTest {

    private static final DataDrivenEnforcementEngine ENGINE = DataDrivenEnforcementEngine.bundled();
    private static final LocalDate AS_OF = LocalDate.parse("2025-09-15");
    private final Random random = new Random(Long.getLong("amparo.property.seed", 20251115L));

    @Test
    void aDocumentWithNothingKnownMatchesNothing() {
        List<FrameworkResult> results = ENGINE.evaluate(Facts.unknown().build(), AS_OF, List.of());

        assertThat(results).allSatisfy(fw -> {
            assertThat(fw.outcome()).isIn(FrameworkOutcome.NEEDS_REVIEW);
            assertThat(fw.categories()).noneMatch(c -> c.result() == CategoryOutcome.MATCH
                    || c.result() == CategoryOutcome.LIKELY_MATCH);
            assertThat(fw.missingFacts()).isNotEmpty();
        });
    }

    @Test
    void makingOneFactUnknownNeverCreatesAMatch() throws Exception {
        int checked = 0;
        for (int i = 0; i < 100; i++) {
            FactsDocument doc = document();
            List<FrameworkResult> base = ENGINE.evaluate(doc, AS_OF, List.of());
            for (Object variant : variants(doc)) {
                List<FrameworkResult> less = ENGINE.evaluate((FactsDocument) variant, AS_OF, List.of());
                assertNoNewMatch(base, less, doc, variant);
                checked++;
            }
            assertUnknownsAreNamed(base);
        }
        assertThat(checked).as("variants checked").isGreaterThan(2000);
    }

    private static void assertNoNewMatch(List<FrameworkResult> base, List<FrameworkResult> less, Object doc,
                                         Object variant) {
        for (int f = 0; f < base.size(); f++) {
            FrameworkResult before = base.get(f);
            FrameworkResult after = less.get(f);
            if (after.outcome() == FrameworkOutcome.PRIORITY) {
                assertThat(before.outcome()).as(before.framework() + "\n" + doc + "\n" + variant)
                        .isIn(FrameworkOutcome.PRIORITY, FrameworkOutcome.NOT_REMOVABLE);
            }
            for (int c = 0; c < before.categories().size(); c++) {
                if (after.categories().get(c).result() == CategoryOutcome.MATCH) {
                    assertThat(before.categories().get(c).result())
                            .as(before.categories().get(c).id() + "\n" + doc + "\n" + variant)
                            .isEqualTo(CategoryOutcome.MATCH);
                }
            }
        }
    }

    private static void assertUnknownsAreNamed(List<FrameworkResult> results) {
        results.forEach(fw -> fw.categories().stream()
                .filter(c -> c.result() == CategoryOutcome.INSUFFICIENT_DATA)
                .forEach(c -> assertThat(c.facts()).as(c.id()).isNotEmpty()));
    }

    /** Every copy of {@code value} with exactly one known component (at any depth) made unknown. */
    static List<Object> variants(Object value) throws Exception {
        List<Object> out = new ArrayList<>();
        if (value instanceof Record record) {
            RecordComponent[] parts = record.getClass().getRecordComponents();
            Object[] args = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                args[i] = parts[i].getAccessor().invoke(record);
            }
            for (int i = 0; i < parts.length; i++) {
                if (args[i] == null || parts[i].getType().isPrimitive() || args[i] instanceof Map) {
                    continue;
                }
                out.add(copy(record, args, i, null));
                for (Object inner : variants(args[i])) {
                    out.add(copy(record, args, i, inner));
                }
            }
        } else if (value instanceof List<?> list) {
            for (int j = 0; j < list.size(); j++) {
                for (Object inner : variants(list.get(j))) {
                    List<Object> changed = new ArrayList<>(list);
                    changed.set(j, inner);
                    out.add(changed);
                }
            }
        }
        return out;
    }

    private static Object copy(Record record, Object[] args, int index, Object replacement) throws Exception {
        Class<?>[] types = Arrays.stream(record.getClass().getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
        Object[] changed = args.clone();
        changed[index] = replacement;
        return canonical.newInstance(changed);
    }

    // ---- generator: small pools of values, each field null about a quarter of the time ----

    private <T> T maybe(Supplier<T> value) {
        return random.nextInt(4) == 0 ? null : value.get();
    }

    private <T> T any(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private LocalDate date() {
        return LocalDate.of(2009, 1, 1).plusDays(random.nextInt(6000));
    }

    private Boolean bool() {
        return random.nextBoolean();
    }

    private <E extends Enum<E>> List<E> subset(Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E e : type.getEnumConstants()) {
            if (random.nextInt(6) == 0) {
                set.add(e);
            }
        }
        return new ArrayList<>(set);
    }

    private <T> List<T> list(int max, Supplier<T> item) {
        List<T> out = new ArrayList<>();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            out.add(item.get());
        }
        return out;
    }

    FactsDocument document() {
        Immigration imm = maybe(() -> new Immigration(maybe(() -> any(Immigration.EntryManner.values())), null,
                maybe(this::date), maybe(this::bool), maybe(this::date), maybe(this::date),
                maybe(() -> any(Immigration.CurrentStatus.values())), maybe(this::bool), null, maybe(this::bool),
                maybe(this::date), maybe(() -> any(Immigration.FinalOrderType.values())), maybe(this::bool), null,
                maybe(() -> list(1, () -> new Immigration.PriorRemoval(date(), "expedited_removal"))),
                maybe(this::bool), null, null));
        Criminal criminal = maybe(() -> new Criminal(maybe(() -> list(4, this::conviction)),
                maybe(() -> list(2, () -> new PendingCharge("Demo charge", maybe(() -> subset(Criminal.Tag.class)),
                        maybe(this::date), "Example City Court", null)))));
        Conduct conduct = maybe(() -> new Conduct(maybe(() -> subset(Conduct.UnchargedConduct.class)),
                maybe(this::bool), null, maybe(this::bool), maybe(() -> any(Conduct.GangAllegation.values())),
                maybe(() -> 12 + random.nextInt(10)), maybe(() -> random.nextInt(8) == 0), maybe(this::bool),
                maybe(() -> random.nextInt(4))));
        List<CourtEvent> events = maybe(() -> list(1, () -> new CourtEvent("ce-1", date(),
                CourtEvent.CourtType.family, "Example Courthouse", "Example", "TX", CourtEvent.ClientRole.petitioner,
                maybe(this::bool), false, false, false, false,
                maybe(() -> subset(CourtEvent.Model287g.class)), 0)));
        return new FactsDocument(FactsDocument.SCHEMA_ID, "prop-ejemplo", AS_OF, null, imm, criminal, conduct,
                null, null, null, null, events, null, null, null, null, null);
    }

    private Conviction conviction() {
        return new Conviction("Demo offense", maybe(() -> any(new String[] {"8 U.S.C. 1324(a)", "Example 1.01"})),
                maybe(() -> any(Criminal.Jurisdiction.values())), maybe(() -> any(Criminal.Classification.values())),
                maybe(this::date), maybe(() -> any(new String[] {"inc-a", "inc-b", "inc-c", "inc-d"})),
                maybe(() -> random.nextInt(2000)), maybe(() -> random.nextInt(200)), maybe(this::bool),
                maybe(this::bool), maybe(() -> any(Criminal.Tristate.values())),
                maybe(() -> any(Criminal.Tristate.values())), maybe(() -> subset(Criminal.Tag.class)),
                maybe(this::bool), maybe(this::bool));
    }
}

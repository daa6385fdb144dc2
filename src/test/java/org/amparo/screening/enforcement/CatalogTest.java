package org.amparo.screening.enforcement;

import static org.amparo.facts.Criminal.Classification.felony;
import static org.amparo.facts.Immigration.EntryManner.EWI;
import static org.amparo.screening.enforcement.Facts.clean;
import static org.amparo.screening.enforcement.Facts.conv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.amparo.screening.CategoryOutcome;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.FrameworkResult;
import org.junit.jupiter.api.Test;

/** The bundled data files, their integrity, and frameworks added as data only. */
class CatalogTest {

    private static final DataDrivenEnforcementEngine ENGINE = DataDrivenEnforcementEngine.bundled();

    /** Every rule id of LEGAL-REFERENCE §1 that describes a category or a rule about the framework. */
    private static final List<String> REFERENCE_IDS = List.of(
            "j14.p1a_natsec", "j14.p1b_border", "j14.p1c_gang", "j14.p1d_felony", "j14.p1e_aggfel",
            "j14.p2a_three_misd", "j14.p2b_significant_misd", "j14.p2c_recent_entrant", "j14.p2d_visa_abuse",
            "j14.p3_final_order_2014",
            "eo17.ina212a2", "eo17.ina212a3", "eo17.ina212a6C", "eo17.ina235", "eo17.ina237a2", "eo17.ina237a4",
            "eo17.a_convicted", "eo17.b_charged", "eo17.c_chargeable_acts", "eo17.d_fraud_official",
            "eo17.e_benefits_abuse", "eo17.f_final_order_not_departed", "eo17.g_officer_judgment",
            "doj17.1324_smuggling", "doj17.1325_felony_entry", "doj17.1325c_marriage_fraud", "doj17.1326_reentry",
            "doj17.1028A_1028_1546_docs", "doj17.111_assault_officer", "doj17.admin",
            "m21.principle", "m21.natsec", "m21.pubsafety", "m21.border_a", "m21.border_b",
            "eo25.revocations", "eo25.policy_all_removable", "eo25.civil_priorities", "eo25.criminal_priorities",
            "eo25.287g", "eo25.other", "laken_riley_2025", "ice2025_11005_4");

    private static List<CategoryDefinition> allCategories() {
        return ENGINE.catalog().all().stream().flatMap(fw -> fw.categories().stream()).toList();
    }

    @Test
    void bundledFilesAreLoadedOnce() {
        assertThat(DataDrivenEnforcementEngine.bundled()).isSameAs(ENGINE);
    }

    @Test
    void bundledFrameworksOldestFirst() {
        assertThat(ENGINE.frameworkIds()).containsExactly("dhs2014_johnson", "eo13768_2017", "doj2017_sessions",
                "dhs2021_mayorkas", "eo14159_2025");
    }

    @Test
    void categoryIdsAreUniqueAndAreTheReferenceIds() {
        List<String> ids = allCategories().stream().map(CategoryDefinition::id).toList();

        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(REFERENCE_IDS);
    }

    @Test
    void kellyMemoCategoriesAreAliasesOfTheExecutiveOrderCategories() {
        List<String> aliases = allCategories().stream().flatMap(c -> c.aliases().stream()).toList();

        assertThat(aliases).containsExactly("kelly17.1", "kelly17.2", "kelly17.3", "kelly17.4", "kelly17.5",
                "kelly17.6", "kelly17.7");
    }

    @Test
    void everyPredicateNameResolves() {
        PredicateRegistry registry = PredicateRegistry.standard();

        assertThat(allCategories()).allSatisfy(c -> assertThat(registry.find(c.predicate())).as(c.id()).isPresent());
    }

    @Test
    void everyFileCarriesItsMetadata() {
        assertThat(ENGINE.catalog().all()).allSatisfy(fw -> {
            assertThat(fw.instrument()).isNotBlank();
            assertThat(fw.issued()).isNotNull();
            assertThat(fw.statusNotes()).isNotBlank();
            assertThat(fw.sources()).isNotEmpty();
            assertThat(fw.categories()).allSatisfy(c -> {
                assertThat(c.statement()).as(c.id()).isNotBlank();
                assertThat(c.citation()).as(c.id()).isNotBlank();
            });
        });
        assertThat(ENGINE.catalog().find("dhs2021_mayorkas").orElseThrow().assessmentCategory())
                .isEqualTo("m21.pubsafety");
    }

    private static final String WHAT_IF = """
            {
              "id": "whatif_2030",
              "instrument": "Fictional test memo (not law)",
              "issued": "2030-01-01",
              "effective_from": "2030-02-01",
              "effective_to": null,
              "superseded_by": null,
              "status_notes": "test only",
              "has_exempt_class": true,
              "categories": [
                { "id": "w30.felony", "statement": "felony", "citation": "test §1",
                  "predicate": "conviction_classification", "params": { "classifications": ["felony"] } },
                { "id": "w30.recent", "statement": "recent EWI", "citation": "test §2",
                  "predicate": "unlawful_entry_after",
                  "params": { "after": "2029-06-30", "requires_entry_manner": ["EWI"] } }
              ]
            }
            """;

    @Test
    void aNewFrameworkMadeOfExistingPredicatesNeedsNoJavaChange() {
        var engine = new DataDrivenEnforcementEngine(FrameworkCatalog.of(List.of(FrameworkCatalog.parse(WHAT_IF))));
        LocalDate asOf = LocalDate.parse("2030-03-01");

        FrameworkResult recent = engine.evaluate(clean().entry(EWI, "2029-07-01").build(), asOf, List.of()).get(0);
        FrameworkResult old = engine.evaluate(clean().entry(EWI, "2029-06-30").build(), asOf, List.of()).get(0);
        FrameworkResult felon = engine.evaluate(clean().convicted(conv(felony)).build(), asOf, List.of()).get(0);

        assertThat(recent.outcome()).isEqualTo(FrameworkOutcome.PRIORITY);
        assertThat(old.outcome()).isEqualTo(FrameworkOutcome.NOT_PRIORITY);
        assertThat(felon.categories().get(0).result()).isEqualTo(CategoryOutcome.MATCH);
        assertThat(engine.inForceOn(LocalDate.parse("2030-01-31"))).isEmpty();
        assertThat(engine.inForceOn(LocalDate.parse("2030-02-01"))).contains("whatif_2030");
    }

    @Test
    void anUnknownPredicateIsRejectedAtLoadNamingTheCategory() {
        var fw = FrameworkCatalog.parse(WHAT_IF.replace("\"conviction_classification\"", "\"no_such_rule\""));

        assertThatThrownBy(() -> new DataDrivenEnforcementEngine(FrameworkCatalog.of(List.of(fw))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("w30.felony")
                .hasMessageContaining("no_such_rule");
    }

    @Test
    void malformedParamsAreRejectedAtLoadNamingTheCategory() {
        var fw = FrameworkCatalog.parse(WHAT_IF.replace("[\"felony\"]", "[\"felonious\"]"));

        assertThatThrownBy(() -> new DataDrivenEnforcementEngine(FrameworkCatalog.of(List.of(fw))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("w30.felony")
                .hasMessageContaining("felonious");
    }

    @Test
    void aMistypedLevelKeyIsRejectedAtLoad() {
        var fw = FrameworkCatalog.parse(WHAT_IF.replace("\"predicate\": \"unlawful_entry_after\"",
                "\"predicate\": \"entry_manner\"").replace("\"after\": \"2029-06-30\", \"requires_entry_manner\": [\"EWI\"]",
                "\"manners\": { \"EWl\": { \"level\": \"MATCH\", \"reason\": \"typo\" } }"));

        assertThatThrownBy(() -> new DataDrivenEnforcementEngine(FrameworkCatalog.of(List.of(fw))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("w30.recent")
                .hasMessageContaining("EWl");
    }

    @Test
    void duplicateCategoryIdsAndUnknownFieldsAreRejected() {
        var dup = FrameworkCatalog.parse(WHAT_IF.replace("w30.recent", "w30.felony"));

        assertThatThrownBy(() -> FrameworkCatalog.of(List.of(dup))).hasMessageContaining("duplicate category id");
        assertThatThrownBy(() -> FrameworkCatalog.parse(WHAT_IF.replace("\"status_notes\"", "\"status_note\"")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownFrameworkIdIsRejected() {
        assertThatThrownBy(() -> ENGINE.evaluate(clean().build(), LocalDate.parse("2025-01-01"), List.of("eo9999")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eo9999");
    }

    @Test
    void evaluatesInTheOrderAsked() {
        var results = ENGINE.evaluate(clean().build(), LocalDate.parse("2025-01-01"),
                List.of("eo14159_2025", "dhs2014_johnson"));

        assertThat(results).extracting(FrameworkResult::framework).containsExactly("eo14159_2025", "dhs2014_johnson");
    }
}

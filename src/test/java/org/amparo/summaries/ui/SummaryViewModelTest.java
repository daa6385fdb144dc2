package org.amparo.summaries.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amparo.cases.CaseNote;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.platform.task.TaskContext;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.summaries.SummaryField;
import org.amparo.summaries.SummaryFormat;
import org.amparo.summaries.SummaryModel;
import org.amparo.summaries.SummaryModelBuilder;
import org.amparo.summaries.SummaryProfile;
import org.amparo.summaries.SummaryRequest;
import org.amparo.summaries.SummaryService;
import org.amparo.summaries.SummaryTestInputs;
import org.amparo.testing.FakeDialogService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SummaryViewModelTest {

    private final List<SummaryRequest> written = new ArrayList<>();
    private final List<CaseQuery> batches = new ArrayList<>();
    private final org.amparo.cases.CaseloadSelection selection = new org.amparo.cases.CaseloadSelection();
    private final FakeDialogService dialogs = new FakeDialogService();
    private SummaryViewModel viewModel;

    private final SummaryService service = new SummaryService() {
        @Override
        public SummaryModel preview(SummaryRequest request) {
            try {
                return new SummaryModelBuilder(request, SummaryTestInputs.input()).build();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public String write(SummaryRequest request, Path out, SummaryFormat format) {
            written.add(request);
            return "exp-42";
        }

        @Override
        public int writeBatch(CaseQuery query, LocalDate today, SummaryProfile profile, Locale language, Path folder,
                SummaryFormat format, TaskContext context) {
            batches.add(query);
            return 4;
        }
    };

    /** Only the two calls the view model makes; anything else fails the test. */
    private static CaseService casesWithNotes(List<CaseNote> notes) throws Exception {
        var info = SummaryTestInputs.input().info();
        return (CaseService) Proxy.newProxyInstance(CaseService.class.getClassLoader(),
                new Class<?>[] {CaseService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "findCaseByNumber" -> Optional.of(info);
                    case "notes" -> notes;
                    default -> throw new AssertionError("unexpected call " + method.getName());
                });
    }

    @BeforeEach
    void setUp() throws Exception {
        List<CaseNote> notes = List.of(
                new CaseNote(1L, 7L, "Met her at the clinic; she is safe.", "advocate", Instant.EPOCH, 0),
                new CaseNote(2L, 7L, "New number 555-010-4477, text only.", "advocate", Instant.EPOCH, 0));
        viewModel = model(notes, Role.ADVOCATE);
    }

    private SummaryViewModel model(List<CaseNote> notes, Role role) throws Exception {
        SummaryViewModel model = new SummaryViewModel(service, casesWithNotes(notes), SyncTaskRunner.immediate(),
                dialogs, new Messages(Locale.ENGLISH), selection, TestSecurity.permitAll("Ana Ejemplo", role, "main"));
        model.caseNumberProperty().set("2026-0007");
        model.loadRole();
        return model;
    }

    @Test
    void anAdvocateSeesTheOverrideDisabledAndCannotApplyIt() {
        SummaryOverride override = viewModel.override();
        viewModel.profileProperty().set(SummaryProfile.REFERRAL);
        override.choices().stream().filter(c -> c.field() == SummaryField.A_NUMBER).findFirst().orElseThrow()
                .chosen().set(true);
        override.reasonProperty().set("The partner files the FOIA request");

        assertThat(override.attorneyProperty().get()).isFalse();
        assertThat(override.apply()).isFalse();
        assertThat(override.errorProperty().get())
                .isEqualTo("Only an attorney can include fields the profile redacts.");
        viewModel.preview();
        assertThat(viewModel.previewProperty().get()).doesNotContain(SummaryTestInputs.A_NUMBER_CANARY,
                "FOIA request");
    }

    @Test
    void anAttorneyIncludesARedactedFieldWithAReasonThatThePreviewAndTheSavedRequestCarry() throws Exception {
        SummaryViewModel attorney = model(List.of(), Role.ATTORNEY);
        SummaryOverride override = attorney.override();
        attorney.profileProperty().set(SummaryProfile.REFERRAL);
        assertThat(override.attorneyProperty().get()).isTrue();
        assertThat(override.choices()).extracting(SummaryOverride.FieldChoice::field)
                .contains(SummaryField.A_NUMBER).doesNotContain(SummaryField.NAME);
        override.prepare();
        override.choices().stream().filter(c -> c.field() == SummaryField.A_NUMBER).findFirst().orElseThrow()
                .chosen().set(true);
        assertThat(override.apply()).as("no reason yet").isFalse();
        assertThat(override.errorProperty().get()).isEqualTo("Write the reason for including redacted fields.");

        override.reasonProperty().set("The partner files the FOIA request");
        assertThat(override.apply()).isTrue();
        attorney.preview();

        assertThat(override.summaryProperty().get())
                .isEqualTo("Included beyond the profile: A-number. Reason: The partner files the FOIA request");
        assertThat(attorney.previewProperty().get()).contains(SummaryTestInputs.A_NUMBER_CANARY,
                "The partner files the FOIA request");
        dialogs.nextChosenPath = Optional.of(Path.of("/tmp/referral.pdf"));
        attorney.save();
        assertThat(written).singleElement().satisfies(r -> assertThat(r.overrides())
                .containsExactly(java.util.Map.entry(SummaryField.A_NUMBER, "The partner files the FOIA request")));

        attorney.profileProperty().set(SummaryProfile.FULL);
        assertThat(override.summaryProperty().get()).as("the full profile prints it anyway").isEmpty();
    }

    @Test
    void previewShowsTheRedactedSummaryAndOffersTheCaseNotesUnticked() {
        viewModel.profileProperty().set(SummaryProfile.REFERRAL);
        viewModel.preview();

        assertThat(viewModel.previewProperty().get()).contains("Rosalba").doesNotContain(
                SummaryTestInputs.A_NUMBER_CANARY, SummaryTestInputs.PHONE_CANARY);
        assertThat(viewModel.notes()).hasSize(2).noneMatch(n -> n.chosen().get());
    }

    @Test
    void aChosenNoteWithAPhoneNumberIsFlaggedAndGoingBackSavesNothing() {
        viewModel.preview();
        viewModel.notes().get(1).chosen().set(true);
        dialogs.answerConfirmationsWith(false);
        dialogs.nextChosenPath = Optional.of(Path.of("/tmp/summary.pdf"));

        viewModel.save();

        assertThat(dialogs.confirmations).containsExactly("Check the chosen notes");
        assertThat(written).isEmpty();
    }

    @Test
    void savingSendsTheChosenNotesProfileAndLanguage() {
        viewModel.preview();
        viewModel.notes().get(0).chosen().set(true);
        viewModel.languageProperty().set(Locale.forLanguageTag("es"));
        dialogs.nextChosenPath = Optional.of(Path.of("/tmp/summary.docx"));

        viewModel.save();

        assertThat(written).singleElement().satisfies(r -> {
            assertThat(r.noteIds()).containsExactly(1L);
            assertThat(r.language().getLanguage()).isEqualTo("es");
        });
        assertThat(viewModel.statusProperty().get()).contains("summary.docx", "exp-42");
    }

    @Test
    void withoutACaseNumberNothingRuns() {
        viewModel.caseNumberProperty().set("  ");

        viewModel.preview();

        assertThat(viewModel.statusProperty().get()).isEqualTo("Enter the case number first.");
        assertThat(viewModel.previewProperty().get()).isEmpty();
    }

    @Test
    void theBatchWritesTheCasesTheCaseloadFiltersSelect() {
        CaseQuery intake = new CaseQuery("", Optional.of(org.amparo.cases.CaseStatus.INTAKE), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                CaseQuery.Sort.CASE_NUMBER);
        selection.select(intake);
        dialogs.nextChosenPath = Optional.of(Path.of("/tmp/summaries"));

        viewModel.saveFilteredCaseload();

        assertThat(batches).containsExactly(intake);
        assertThat(viewModel.statusProperty().get()).startsWith("Wrote 4 summaries");
    }
}

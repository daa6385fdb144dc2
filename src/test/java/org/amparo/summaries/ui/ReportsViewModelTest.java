package org.amparo.summaries.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.platform.task.TaskContext;
import org.amparo.summaries.reports.Count;
import org.amparo.summaries.reports.ReportService;
import org.amparo.summaries.reports.ReportTable;
import org.amparo.testing.FakeDialogService;
import org.junit.jupiter.api.Test;

class ReportsViewModelTest {

    private final List<String> exported = new ArrayList<>();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final ReportTable table = new ReportTable("relief", "By relief", List.of("Relief", "Pursued"),
            List.of(new ReportTable.Row("U visa", List.of(new Count(3)))));

    private final ReportService service = new ReportService() {
        @Override
        public List<ReportTable> compute(LocalDate today, Locale language, TaskContext context) {
            return List.of(table);
        }

        @Override
        public void exportCsv(List<ReportTable> tables, Path out) {
            exported.add("csv " + out.getFileName());
        }

        @Override
        public void exportPdf(List<ReportTable> tables, Locale language, Path out) {
            exported.add("pdf " + out.getFileName());
        }
    };

    private final ReportsViewModel viewModel = new ReportsViewModel(service, SyncTaskRunner.immediate(), dialogs,
            new Messages(Locale.ENGLISH));

    @Test
    void savingIsOfferedOnlyOnceReportsAreComputed() {
        dialogs.nextChosenPath = Optional.of(Path.of("/tmp/r.csv"));
        viewModel.saveCsv();
        assertThat(exported).isEmpty();
        assertThat(viewModel.computedProperty().get()).isFalse();

        viewModel.compute();
        viewModel.saveCsv();

        assertThat(viewModel.tables()).containsExactly(table);
        assertThat(exported).containsExactly("csv r.csv");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Saved r.csv.");
    }

    @Test
    void cancellingTheFileChooserSavesNothing() {
        viewModel.compute();
        dialogs.nextChosenPath = Optional.empty();

        viewModel.savePdf();

        assertThat(exported).isEmpty();
        assertThat(dialogs.choosers).containsExactly("Save the program reports");
    }
}

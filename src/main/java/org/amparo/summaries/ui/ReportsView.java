package org.amparo.summaries.ui;

import jakarta.inject.Inject;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.amparo.summaries.reports.ReportTable;

/** The reports page: the case-summary tab (its own view) and the program reports tab, bound to its view models. */
public final class ReportsView {

    private final ReportsViewModel viewModel;

    @FXML private Button compute;
    @FXML private Button cancel;
    @FXML private Button saveCsv;
    @FXML private Button savePdf;
    @FXML private Label status;
    @FXML private VBox tables;

    @Inject
    public ReportsView(ReportsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(viewModel.statusProperty());
        compute.disableProperty().bind(viewModel.workingProperty());
        cancel.disableProperty().bind(viewModel.workingProperty().not());
        saveCsv.disableProperty().bind(viewModel.computedProperty().not());
        savePdf.disableProperty().bind(viewModel.computedProperty().not());
        viewModel.tables().addListener((ListChangeListener<ReportTable>) change -> show(viewModel.tables()));
    }

    private void show(List<ReportTable> reportTables) {
        tables.getChildren().clear();
        for (ReportTable table : reportTables) {
            Label title = new Label(table.title());
            title.getStyleClass().add("title-4");
            tables.getChildren().addAll(title, table(table));
            if (table.header().size() > 2) {
                tables.getChildren().add(chart(table));
            }
        }
    }

    private static Node table(ReportTable report) {
        TableView<ReportTable.Row> view = new TableView<>();
        TableColumn<ReportTable.Row, String> label = new TableColumn<>(report.header().get(0));
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        view.getColumns().add(label);
        for (int i = 1; i < report.header().size(); i++) {
            int index = i - 1;
            TableColumn<ReportTable.Row, String> column = new TableColumn<>(report.header().get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().counts().get(index).shown()));
            view.getColumns().add(column);
        }
        view.getItems().setAll(report.rows());
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        view.setFixedCellSize(28);
        view.setPrefHeight(30 + 28 * (report.rows().size() + 1));
        return view;
    }

    /** Bars for the first two count columns; cells of 1–4 are not drawn (they show as "<5" in the table). */
    private static Node chart(ReportTable report) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        for (int column = 0; column < 2; column++) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(report.header().get(column + 1));
            for (ReportTable.Row row : report.rows()) {
                series.getData().add(new XYChart.Data<>(row.label(), row.counts().get(column).chartable()));
            }
            chart.getData().add(series);
        }
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        return chart;
    }

    @FXML
    private void compute() {
        viewModel.compute();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void saveCsv() {
        viewModel.saveCsv();
    }

    @FXML
    private void savePdf() {
        viewModel.savePdf();
    }
}

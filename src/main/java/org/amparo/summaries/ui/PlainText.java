package org.amparo.summaries.ui;

import org.amparo.summaries.SummaryModel;

/** A summary model as plain text, for the on-screen preview (the saved file has the real layout). */
final class PlainText {

    private PlainText() {
    }

    static String of(SummaryModel model) {
        StringBuilder out = new StringBuilder();
        out.append(model.title()).append('\n').append(model.subtitle()).append('\n').append(model.watermark())
                .append("\n");
        for (SummaryModel.Block block : model.blocks()) {
            out.append("\n").append(block.heading().toUpperCase(java.util.Locale.ROOT)).append('\n');
            block.fields().forEach(f -> out.append("  ").append(f.label()).append(": ").append(f.value()).append('\n'));
            for (SummaryModel.Table table : block.tables()) {
                if (!table.caption().isEmpty()) {
                    out.append("  ").append(table.caption()).append('\n');
                }
                out.append("  ").append(String.join(" | ", table.header())).append('\n');
                table.rows().forEach(row -> out.append("  ").append(String.join(" | ", row)).append('\n'));
            }
            block.paragraphs().forEach(p -> out.append("  ").append(p).append('\n'));
        }
        return out.append('\n').append(model.disclaimer()).toString();
    }
}

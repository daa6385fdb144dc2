package org.amparo.summaries;

import java.util.List;

/**
 * A case summary ready to render: every text already in the output language and already redacted for its profile.
 * Renderers (HTML, PDF, DOCX) only lay it out; they never decide what is included.
 *
 * @param watermark who made it, when, and its export id; printed on every page
 */
public record SummaryModel(String language, String title, String subtitle, String watermark, String disclaimer,
        List<Block> blocks) {

    public SummaryModel {
        blocks = List.copyOf(blocks);
    }

    /** A titled part of the summary: label/value fields, then tables, then paragraphs. */
    public record Block(String heading, List<Field> fields, List<Table> tables, List<String> paragraphs) {

        public Block {
            fields = List.copyOf(fields);
            tables = List.copyOf(tables);
            paragraphs = List.copyOf(paragraphs);
        }
    }

    public record Field(String label, String value) {
    }

    /** A table; {@code caption} may be empty. */
    public record Table(String caption, List<String> header, List<List<String>> rows) {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Every text in the model, in reading order (for tests and for the sensitive-text check). */
    public List<String> texts() {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(List.of(title, subtitle, watermark, disclaimer));
        for (Block block : blocks) {
            all.add(block.heading());
            block.fields().forEach(f -> {
                all.add(f.label());
                all.add(f.value());
            });
            block.tables().forEach(t -> {
                all.add(t.caption());
                all.addAll(t.header());
                t.rows().forEach(all::addAll);
            });
            all.addAll(block.paragraphs());
        }
        return all;
    }
}

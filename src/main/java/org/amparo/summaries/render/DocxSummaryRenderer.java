package org.amparo.summaries.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.amparo.summaries.SummaryModel;
import org.amparo.summaries.SummaryModel.Block;
import org.amparo.summaries.SummaryModel.Field;
import org.amparo.summaries.SummaryModel.Table;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Writes a {@link SummaryModel} as a Word document (Apache POI), with the watermark in every page's header. */
public final class DocxSummaryRenderer {

    public void render(SummaryModel model, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph header = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
            run(header, model.watermark(), false, 8);
            run(doc.createParagraph(), model.title(), true, 16);
            run(doc.createParagraph(), model.subtitle(), false, 10);
            for (Block block : model.blocks()) {
                block(doc, block);
            }
            run(doc.createParagraph(), model.disclaimer(), false, 9);
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void block(XWPFDocument doc, Block block) {
        run(doc.createParagraph(), block.heading(), true, 12);
        if (!block.fields().isEmpty()) {
            XWPFTable table = doc.createTable(block.fields().size(), 2);
            for (int i = 0; i < block.fields().size(); i++) {
                Field field = block.fields().get(i);
                cells(table.getRow(i), List.of(field.label(), field.value()));
            }
        }
        for (Table t : block.tables()) {
            if (!t.caption().isEmpty()) {
                run(doc.createParagraph(), t.caption(), true, 10);
            }
            XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
            cells(table.getRow(0), t.header());
            for (int i = 0; i < t.rows().size(); i++) {
                cells(table.getRow(i + 1), t.rows().get(i));
            }
        }
        for (String paragraph : block.paragraphs()) {
            run(doc.createParagraph(), paragraph, false, 10);
        }
    }

    private static void cells(XWPFTableRow row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.getCell(i).setText(values.get(i));
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
    }
}

package org.amparo.courthouse.ice287g;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small 287(g) sheets in memory: each row a list of cells (String, Double, LocalDate, null); a null row is left out. */
final class TestSheets {

    private TestSheets() {
    }

    static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Agencies");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r) != null) {
                    fill(sheet.createRow(r), rows.get(r), dateStyle);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Row row, List<Object> cells, CellStyle dateStyle) {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof String text) {
                row.createCell(c).setCellValue(text);
            } else if (value instanceof Double number) {
                row.createCell(c).setCellValue(number);
            } else if (value instanceof LocalDate date) {
                row.createCell(c).setCellValue(date);
                row.getCell(c).setCellStyle(dateStyle);
            }
        }
    }

    static byte[] csv(List<List<Object>> rows) {
        return rows.stream()
                .map(row -> row == null ? "" : row.stream().map(TestSheets::csvCell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String csvCell(Object value) {
        String text = value == null ? "" : value instanceof Double d ? Long.toString(d.longValue()) : value.toString();
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}

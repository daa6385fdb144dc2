package org.amparo.courthouse.ice287g;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the first sheet of an .xlsx workbook into raw rows (missing rows come back as empty rows). */
final class XlsxRows {

    private XlsxRows() {
    }

    static List<RawRow> read(InputStream in) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new Ice287gFormatException("The workbook has no sheets.");
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<RawRow> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                rows.add(new RawRow(r + 1, cells(sheet.getRow(r))));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Ice287gFormatException known) {
                throw known;
            }
            throw new Ice287gFormatException("The file could not be read as an .xlsx spreadsheet ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ").", e);
        }
    }

    private static List<Object> cells(Row row) {
        List<Object> cells = new ArrayList<>();
        if (row == null || row.getLastCellNum() < 0) {
            return cells;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? null : value(cell, cell.getCellType()));
        }
        return cells;
    }

    private static Object value(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate() : (Object) cell.getNumericCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            case FORMULA -> value(cell, cell.getCachedFormulaResultType());
            default -> null;
        };
    }
}

package org.amparo.interchange.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.amparo.facts.FactsDocument;
import org.amparo.interchange.ImportProblem;

/**
 * Turns one CSV row into a facts document tree (blank cells left out, numbered groups packed into arrays in order)
 * and remembers which column filled each JSON path, so schema problems can be reported by column name.
 */
final class CsvRowBinder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The document tree, the problems of cells that could not be converted, and the path-to-column map. */
    record Bound(ObjectNode tree, List<ImportProblem> problems, Map<String, String> columnsByPath) {

        /** The column that filled {@code jsonPath} (or the closest enclosing one), else the JSON path itself. */
        String where(String jsonPath) {
            String path = jsonPath;
            while (path != null) {
                String column = columnsByPath.get(path);
                if (column != null) {
                    return column;
                }
                CsvColumn fixed = STATIC.get(path);
                if (fixed != null && !fixed.path().stream().anyMatch(Integer.class::isInstance)) {
                    return fixed.name();
                }
                path = parent(path);
            }
            return jsonPath;
        }
    }

    private static final Map<String, CsvColumn> STATIC = CsvColumns.standard().byJsonPath();

    private CsvRowBinder() {
    }

    static Bound bind(List<CsvColumn> header, List<String> cells, int row, int line) {
        ObjectNode root = NODES.objectNode();
        root.put("schema", FactsDocument.SCHEMA_ID);
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, String> byPath = new HashMap<>();
        Map<String, List<Integer>> groups = usedGroups(header, cells);
        for (int i = 0; i < header.size(); i++) {
            String cell = cells.get(i);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            CsvColumn column = header.get(i);
            JsonNode value = convert(column, unescape(cell), problems, row, line);
            if (value != null) {
                byPath.put(set(root, column.path(), value, groups), column.name());
            }
        }
        return new Bound(root, problems, byPath);
    }

    /** For each numbered list, the group numbers with at least one filled cell, in order. */
    private static Map<String, List<Integer>> usedGroups(List<CsvColumn> header, List<String> cells) {
        Map<String, TreeSet<Integer>> used = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (cells.get(i) == null || cells.get(i).isBlank()) {
                continue;
            }
            List<Object> path = header.get(i).path();
            for (int s = 0; s < path.size(); s++) {
                if (path.get(s) instanceof Integer group) {
                    used.computeIfAbsent(path.subList(0, s).toString(), k -> new TreeSet<>()).add(group);
                }
            }
        }
        Map<String, List<Integer>> out = new HashMap<>();
        used.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** Sets {@code value} at {@code path}; returns the JSON path it landed on. */
    private static String set(ObjectNode root, List<Object> path, JsonNode value, Map<String, List<Integer>> groups) {
        JsonNode node = root;
        StringBuilder at = new StringBuilder("$");
        for (int s = 0; s < path.size(); s++) {
            Object segment = path.get(s);
            boolean last = s == path.size() - 1;
            if (segment instanceof Integer group) {
                int index = groups.get(path.subList(0, s).toString()).indexOf(group);
                ArrayNode array = (ArrayNode) node;
                while (array.size() <= index) {
                    array.addObject();
                }
                node = array.get(index);
                at.append('[').append(index).append(']');
            } else {
                String key = (String) segment;
                at.append('.').append(key);
                ObjectNode object = (ObjectNode) node;
                if (last) {
                    object.set(key, value);
                } else if (!object.has(key)) {
                    node = path.get(s + 1) instanceof Integer ? object.putArray(key) : object.putObject(key);
                } else {
                    node = object.get(key);
                }
            }
        }
        return at.toString();
    }

    private static JsonNode convert(CsvColumn column, String cell, List<ImportProblem> problems, int row, int line) {
        String text = cell.strip();
        switch (column.kind()) {
            case BOOLEAN -> {
                switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "yes" -> {
                        return NODES.booleanNode(true);
                    }
                    case "false", "no" -> {
                        return NODES.booleanNode(false);
                    }
                    default -> problems.add(problem(column, "must be true or false", text, row, line));
                }
            }
            case INTEGER -> {
                try {
                    return NODES.numberNode(Long.parseLong(text));
                } catch (NumberFormatException e) {
                    problems.add(problem(column, "must be a whole number", text, row, line));
                }
            }
            case NUMBER -> {
                try {
                    return NODES.numberNode(new BigDecimal(text));
                } catch (NumberFormatException e) {
                    problems.add(problem(column, "must be a number", text, row, line));
                }
            }
            case LIST -> {
                ArrayNode list = NODES.arrayNode();
                for (String item : text.split(";")) {
                    if (!item.isBlank()) {
                        list.add(item.strip());
                    }
                }
                return list;
            }
            case DATE -> {
                return NODES.textNode(text);
            }
            default -> {
                return NODES.textNode(cell);
            }
        }
        return null;
    }

    private static ImportProblem problem(CsvColumn column, String expected, String found, int row, int line) {
        String shown = found.length() > 60 ? found.substring(0, 57) + "..." : found;
        return new ImportProblem(row, line, column.name(), expected + " (found \"" + shown + "\")");
    }

    /** Undoes the export's formula escape: a {@code '} before {@code = + - @}, tab or carriage return. */
    static String unescape(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && CsvEscaping.isFormulaStart(cell.charAt(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? null : path.substring(0, cut);
    }
}

package org.amparo.interchange.io;

import java.util.stream.Collectors;

/**
 * Renders {@code resources/schema/facts-csv.md}, the documented CSV columns: the fixed introduction, then one table row
 * per column with the JSON field it fills and what a cell may hold. A test keeps the committed file equal to this.
 */
public final class CsvColumnsDoc {

    private CsvColumnsDoc() {
    }

    public static String render() {
        StringBuilder md = new StringBuilder(INTRO);
        md.append("| column | fills | a cell holds |\n|---|---|---|\n");
        for (CsvColumn c : CsvColumns.standard().all()) {
            md.append("| `").append(c.name()).append("` | `").append(c.jsonPath()).append("` | ")
                    .append(holds(c)).append(" |\n");
        }
        return md.toString();
    }

    private static String holds(CsvColumn c) {
        String kind = c.kind().label();
        if (c.allowed().isEmpty()) {
            return kind;
        }
        String values = c.allowed().stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
        return c.kind() == CsvColumn.Kind.LIST ? "list separated by ; of " + values : "one of " + values;
    }

    private static final String INTRO = """
            # Facts CSV (`amparo import` / `amparo export --format csv`)

            One row is one client: the fields of one `amparo-facts/1` document, flattened. The first row names the
            columns; any subset of the columns below may be used, in any order (header names are matched without
            regard to case or surrounding spaces). A column not listed here rejects the whole file, naming it.
            `amparo export --format csv` writes every column in this order.

            - The file is UTF-8 (a byte-order mark is allowed), comma-separated, quoted as RFC 4180 (`"` around a cell
              with a comma, quote or line break; `""` for a quote inside it).
            - A blank cell is *unknown* (the field is left out), never false or none. An empty list and an unknown
              list are both blank: use JSON to say "none" for a list.
            - Dates are `YYYY-MM-DD` and must be real dates (`2025-02-30` is rejected). Booleans are `true` / `false`
              (`yes` / `no` are read too). Whole numbers are digits.
            - Lists of values are one cell separated by `;` (`Anita; La Ana`), so an item cannot contain `;`.
            - Lists of objects are numbered groups: `family_1_given_name` … `family_6_given_name`. Groups are packed
              in order (groups 1 and 3 filled become the first and second family member); problems name the column
              as written. The CSV holds up to 6 family members, 3 court events, 4 convictions, 2 pending charges,
              2 phones, 2 e-mails, 2 prior removals, 2 U crimes and 2 ICE check-ins; export JSON to keep more.
            - Person fields have their own names (`given_name`, `address_city`); other sections are prefixed with the
              section (`immigration_entry_manner`, `u_certification_agency`, `vawa_marriage_date`).
            - `schema` is implied. `facts_sources` and `extensions` are JSON-only.
            - Export escapes a cell that begins with `=`, `+`, `-`, `@`, tab or carriage return with a leading `'`
              so a spreadsheet shows it as text; import removes that `'` again (before one of those characters only).
            - Every problem is reported as `row N (line L), column: reason`; rows are data rows counted from 1 (the
              header is row 0), lines are lines of the file.

            The meaning of each field is the facts spec's (`shared/spec/facts-and-screening.md`); the column fills the
            JSON field shown, with groups numbered from 1 (`family_2_dob` fills `$.family_members[1].dob`).

            """;
}

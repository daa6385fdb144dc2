package org.amparo.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The {@code amparo-bench/1} document the {@code bench} command prints. */
@JsonPropertyOrder({"schema", "clients", "java", "cores", "figures"})
public record BenchReport(String schema, int clients, String java, int cores, List<Figure> figures) {

    public static final String SCHEMA = "amparo-bench/1";

    /** One figure as printed; {@code floor} and {@code target} are left out when unknown. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "value", "unit", "floor", "target", "note"})
    public record Figure(String id, double value, String unit, Double floor, Double target, String note) {

        static Figure of(BenchFigure f) {
            return new Figure(f.id(), f.value(), f.unit(), f.floor(), f.target(), f.note());
        }
    }
}

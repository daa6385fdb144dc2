package org.amparo.bench;

/** One {@code amparo-bench/1} figure; {@code floor} and {@code target} may be null. */
public record BenchFigure(String id, double value, String unit, Double floor, Double target, String note) { }

package org.amparo.interchange;

/**
 * What an export wrote: how many clients, and (CSV only) how many list items did not fit the CSV's numbered groups
 * (e.g. a seventh family member) and so are only in a JSON export.
 */
public record ExportResult(int clients, int itemsLeftOut) { }

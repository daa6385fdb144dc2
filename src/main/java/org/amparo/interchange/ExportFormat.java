package org.amparo.interchange;

/** An export's file: facts documents as one JSON array, or the documented CSV columns. */
public enum ExportFormat { JSON, CSV }

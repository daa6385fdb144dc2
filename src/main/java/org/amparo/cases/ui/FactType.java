package org.amparo.cases.ui;

/**
 * How a fact is answered, and so which editor shows it. Every editor keeps "unknown" ({@code null}) apart from a
 * "no" or an empty list.
 */
public enum FactType {
    /** Yes / No / Don't know. */
    BOOL,
    /** One of the field's allowed values, or Don't know. */
    ENUM,
    /** Any of the field's allowed values; Don't know is not the same as none of them. */
    ENUM_LIST,
    DATE,
    INTEGER,
    TEXT,
    /** Free labels, comma-separated; "None" is not the same as blank (unknown). */
    TEXT_LIST,
    /** A list of records (family members, crimes, convictions…); Don't know / None / items. */
    LIST,
    /** A list item's stable id, filled in by the app and never edited. */
    REF
}

package org.amparo.security;

/**
 * How the audit chain was found broken. {@code CHANGED}: a row's fields or MAC no longer match (also a forged row
 * appended at the very end, which cannot be told from an edited last row). {@code DELETED}: a row is missing (a gap
 * in the sequence, or later rows renumbered to hide it). {@code REORDERED}: a genuine row sits at another position.
 * {@code INSERTED}: a forged row sits before the genuine one. {@code TAIL_CUT}: rows a trusted anchor (such as the
 * last backup's) vouches for are gone or replaced.
 */
public enum TamperKind { CHANGED, DELETED, REORDERED, INSERTED, TAIL_CUT }

package org.amparo.retention;

/**
 * What a purge removes. {@code WHOLE_CASE}: the case and everything recorded for it (and the client, with all her
 * facts, when she has no other case). {@code NARRATIVES}: only free text (note texts, the intake draft, and the
 * client's narrative fact fields when she has no other case); the case stays, closed, with its structured facts.
 */
public enum PurgeKind { WHOLE_CASE, NARRATIVES }

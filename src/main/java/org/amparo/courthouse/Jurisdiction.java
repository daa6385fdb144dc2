package org.amparo.courthouse;

/** A county of a state (2-letter code), as courthouses are filed under. */
public record Jurisdiction(long id, String state, String county) {
}

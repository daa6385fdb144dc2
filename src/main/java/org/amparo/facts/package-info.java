/**
 * The {@code amparo-facts/1} document as typed, immutable Java records: what is known about one client.
 *
 * <p>Every field is nullable: {@code null} means <em>unknown</em>, never false (three-valued logic). {@code false}
 * and empty lists are facts. Enum constants are spelled exactly as the JSON values so the mapping is one-to-one.
 * This package is shared by the screening engines, the client store and interchange; it holds no logic beyond
 * small derived helpers, and no I/O.
 */
package org.amparo.facts;

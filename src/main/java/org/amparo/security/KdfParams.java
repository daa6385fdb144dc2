package org.amparo.security;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Argon2id parameters stored with each key slot: memory in KiB, passes, lanes. {@link #DEFAULT} is the cost every new
 * slot gets (64 MiB, 3 passes, 1 lane: about 0.4 s on a modest laptop). The bounds only reject nonsense that would
 * make a damaged file hang or exhaust memory; a weakened slot cannot unwrap anyway, because the parameters are part
 * of the slot's authenticated header.
 */
@JsonPropertyOrder({"algorithm", "memory_kib", "iterations", "parallelism"})
public record KdfParams(String algorithm, int memoryKib, int iterations, int parallelism) {

    public static final String ARGON2ID = "argon2id";
    public static final KdfParams DEFAULT = new KdfParams(ARGON2ID, 64 * 1024, 3, 1);

    private static final int MAX_MEMORY_KIB = 1024 * 1024;
    private static final int MAX_ITERATIONS = 32;
    private static final int MAX_PARALLELISM = 16;

    public KdfParams {
        if (!ARGON2ID.equals(algorithm)) {
            throw new IllegalArgumentException("unsupported key derivation: " + algorithm);
        }
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism out of range: " + parallelism);
        }
        if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("memory out of range: " + memoryKib);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
    }
}

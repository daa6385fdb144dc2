package org.amparo.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends the audit proofs' figures to {@code target/proof/audit.txt} (the build logs warnings only). */
final class AuditProofReport {

    private static final Path FILE = Path.of("target", "proof", "audit.txt");

    private AuditProofReport() {
    }

    static synchronized void line(String text) {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, java.time.Instant.now() + " " + text + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

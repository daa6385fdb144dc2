package org.amparo.cli;

import com.google.inject.ImplementedBy;
import java.util.Optional;

/** Where commands get a password: {@code $AMPARO_PASSWORD}, else an interactive prompt without echo. Never an argument. */
@ImplementedBy(ConsolePasswordInput.class)
public interface PasswordInput {

    /** {@code $AMPARO_PASSWORD} when set and not empty. */
    Optional<char[]> fromEnvironment();

    /** Whether a terminal is available to ask. */
    boolean canPrompt();

    /**
     * Reads a password without echo; with {@code confirm}, asks twice and fails with exit code 2 when they differ.
     *
     * @throws CliException (exit 2) when nothing was entered
     */
    char[] prompt(String label, boolean confirm);
}

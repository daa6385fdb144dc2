package org.amparo.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.Optional;

/** {@link PasswordInput} from the environment and {@link System#console()}. */
final class ConsolePasswordInput implements PasswordInput {

    static final String ENV = "AMPARO_PASSWORD";

    @Override
    public Optional<char[]> fromEnvironment() {
        String value = System.getenv(ENV);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value.toCharArray());
    }

    @Override
    public boolean canPrompt() {
        return System.console() != null;
    }

    @Override
    public char[] prompt(String label, boolean confirm) {
        Console console = System.console();
        if (console == null) {
            throw new CliException(ExitCodes.BAD_INPUT, "no terminal to ask for a password; set " + ENV);
        }
        char[] first = console.readPassword("%s: ", label);
        if (first == null || first.length == 0) {
            throw new CliException(ExitCodes.BAD_INPUT, "no password entered");
        }
        if (confirm) {
            char[] second = console.readPassword("Repeat %s: ", label.toLowerCase(java.util.Locale.ROOT));
            boolean same = Arrays.equals(first, second);
            if (second != null) {
                Arrays.fill(second, '\0');
            }
            if (!same) {
                Arrays.fill(first, '\0');
                throw new CliException(ExitCodes.BAD_INPUT, "the two passwords differ; nothing was created");
            }
        }
        return first;
    }
}

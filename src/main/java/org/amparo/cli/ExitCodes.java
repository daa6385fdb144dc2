package org.amparo.cli;

/** The command line's exit codes (docs: shared spec cli.md). */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int VAULT_NOT_OPENED = 3;

    private ExitCodes() {
    }
}

package org.amparo.cli;

import org.amparo.security.VaultException;

/** Maps a {@link VaultException} to a plain one-line failure: bad input (2) or vault not opened (3). */
final class VaultErrors {

    private VaultErrors() {
    }

    static CliException toCli(VaultException e) {
        int code = e.reason() == VaultException.Reason.INVALID_INPUT ? ExitCodes.BAD_INPUT : ExitCodes.VAULT_NOT_OPENED;
        return new CliException(code, e.getMessage(), e);
    }
}

package org.amparo.security.ui;

import org.amparo.platform.i18n.Messages;
import org.amparo.security.VaultException;

/** Turns a vault failure into plain words for the person at the keyboard. */
final class VaultMessages {

    private VaultMessages() {
    }

    static String of(Messages messages, VaultException e) {
        return messages.get(key(e.reason()));
    }

    static String key(VaultException.Reason reason) {
        return switch (reason) {
            case WRONG_CREDENTIALS -> "vault.error.wrongCredentials";
            case TOO_SOON -> "vault.error.tooSoon";
            case RECOVERY_REQUIRED -> "vault.error.recoveryRequired";
            case WRONG_RECOVERY_CODE -> "vault.error.wrongRecoveryCode";
            case IN_USE -> "vault.error.inUse";
            case NOT_FOUND -> "vault.error.notFound";
            case NOT_A_VAULT -> "vault.error.notAVault";
            case ALREADY_EXISTS -> "vault.error.alreadyExists";
            case SLOTS_DAMAGED -> "vault.error.slotsDamaged";
            case INVALID_INPUT -> "vault.error.invalidInput";
            case IO -> "vault.error.io";
        };
    }
}

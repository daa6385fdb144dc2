package org.amparo.security;

import java.nio.file.Path;
import java.time.Duration;
import org.amparo.platform.db.DatabaseOpenException;
import org.amparo.security.VaultException.Reason;

/** Every vault error as a plain English sentence, fit for a dialog or a terminal; never an H2 code. */
final class VaultErrors {

    static final String IN_USE = "This vault is already open in another Amparo window";

    private VaultErrors() {
    }

    static VaultException inUse(Throwable cause) {
        return new VaultException(Reason.IN_USE, IN_USE, Duration.ZERO, cause);
    }

    static VaultException notFound(Path dir) {
        return new VaultException(Reason.NOT_FOUND, "There is no vault at " + dir + ": the folder does not exist.");
    }

    static VaultException notAVault(Path dir) {
        return new VaultException(Reason.NOT_A_VAULT,
                "The folder " + dir + " is not an Amparo vault: it has no key file.");
    }

    static VaultException notAFolder(Path dir) {
        return new VaultException(Reason.NOT_A_VAULT, dir + " is a file, not a folder.");
    }

    static VaultException alreadyExists(Path dir) {
        return new VaultException(Reason.ALREADY_EXISTS,
                "There is already an Amparo vault in " + dir + ". Amparo never overwrites a vault.");
    }

    static VaultException slotsDamaged() {
        return new VaultException(Reason.SLOTS_DAMAGED, "The vault's key file and its backup copy are both damaged,"
                + " so passwords cannot be checked. Open the vault with its recovery code instead;"
                + " if that fails too, restore the vault from a backup.");
    }

    static VaultException wrongCredentials(Duration wait) {
        return new VaultException(Reason.WRONG_CREDENTIALS, "The user name or password is not correct."
                + " You can try again in " + seconds(wait) + ".", wait, null);
    }

    static VaultException tooSoon(Duration wait) {
        return new VaultException(Reason.TOO_SOON, "There were wrong attempts just before this one."
                + " Try again in " + seconds(wait) + ".", wait, null);
    }

    static VaultException recoveryRequired() {
        return recoveryRequired(Duration.ZERO);
    }

    /** Ten failed unlocks: what opens the vault now, and (if not zero) how long before the next try. */
    static VaultException recoveryRequired(Duration wait) {
        return new VaultException(Reason.RECOVERY_REQUIRED, "There have been " + Throttle.MAX_FAILURES
                + " or more wrong passwords in a row: a password alone no longer opens this vault. Open it with the"
                + " recovery code, or ask an administrator to sign in on this computer with her own password (that"
                + " clears the count)." + (wait.isZero() ? "" : " Next try in " + seconds(wait) + "."),
                wait, null);
    }

    static VaultException wrongRecoveryCode() {
        return new VaultException(Reason.WRONG_RECOVERY_CODE, "That recovery code does not open this vault."
                + " Check it against the copy made when the vault was created.");
    }

    static VaultException allSlotsDamaged() {
        return new VaultException(Reason.SLOTS_DAMAGED, "The vault's key files are all damaged, so neither"
                + " passwords nor the recovery code can open it. Restore the vault from a backup.");
    }

    static VaultException malformedRecoveryCode() {
        return new VaultException(Reason.INVALID_INPUT, "That is not a valid recovery code. It has 24 letters and"
                + " digits in groups of four; check it for typos.");
    }

    static VaultException badUserName() {
        return new VaultException(Reason.INVALID_INPUT,
                "A user name is needed: up to 64 characters, without brackets.");
    }

    static VaultException weakPassword() {
        return new VaultException(Reason.INVALID_INPUT, "The password is too weak: use at least "
                + PasswordPolicy.MIN_LENGTH + " characters and avoid common words and patterns.");
    }

    static VaultException badFolderName(Path dir) {
        return new VaultException(Reason.INVALID_INPUT, "A vault cannot be kept in " + dir
                + " because its name contains ';'. Choose another folder.");
    }

    static VaultException cannotWrite(Path dir, Throwable cause) {
        return new VaultException(Reason.IO, "Amparo could not write to the vault folder " + dir
                + ". Check that the disk is not full and that the folder may be written to.", Duration.ZERO, cause);
    }

    static VaultException database(Path dir, DatabaseOpenException e) {
        return switch (e.kind()) {
            case IN_USE -> inUse(e);
            case NOT_FOUND -> new VaultException(Reason.NOT_A_VAULT, "The folder " + dir + " has a key file but no"
                    + " database. Restore the vault from a backup.", Duration.ZERO, e);
            case WRONG_KEY -> new VaultException(Reason.IO, "The vault's database is damaged or does not belong to"
                    + " its key file. Restore the vault from a backup.", Duration.ZERO, e);
            case MIGRATION_FAILED -> new VaultException(Reason.IO, "The vault's database could not be brought up to"
                    + " date with this version of Amparo.", Duration.ZERO, e);
            case OTHER -> new VaultException(Reason.IO, "The vault's database could not be opened. Check that the"
                    + " disk is not full and that the folder may be written to.", Duration.ZERO, e);
        };
    }

    static VaultException rotationFailed(Path dir, Throwable cause) {
        return new VaultException(Reason.IO, "The database key of " + dir + " could not be changed; the vault still"
                + " opens with its old key and nothing was lost. Check that the disk has room for a second copy of"
                + " the database, then try again.", Duration.ZERO, cause);
    }

    private static String seconds(Duration wait) {
        long s = Math.max(1, (wait.toMillis() + 999) / 1000);
        return s == 1 ? "1 second" : s + " seconds";
    }
}

package org.amparo.security;

import java.nio.file.Path;
import java.time.Clock;
import org.amparo.platform.db.VaultDatabase;

/** Real encrypted vaults for tests outside {@code security}, with a cheap key derivation so many can be made. */
public final class TestVaults {

    public static final String ADMIN = "Ana Ejemplo";
    public static final String PASSWORD = "Prueba-Rio-Azul-73";
    private static final KdfParams CHEAP = new KdfParams(KdfParams.ARGON2ID, 1024, 1, 1);

    private TestVaults() {
    }

    /** A vault service over {@code database} whose key slots use a cheap Argon2id. */
    public static VaultService cheap(VaultDatabase database) {
        return new H2VaultService(database, CHEAP, Clock.systemUTC());
    }

    /** The backup access of a vault service made by {@link #cheap}. */
    public static VaultBackupAccess backupAccess(VaultService vault) {
        return new H2VaultBackupAccess((H2VaultService) vault);
    }

    /** Creates a vault at {@code dir} (admin {@link #ADMIN}) and returns its recovery code. */
    public static RecoveryCode create(VaultService vault, Path dir) throws VaultException {
        return vault.create(dir, ADMIN, PASSWORD.toCharArray());
    }
}

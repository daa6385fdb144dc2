package org.amparo.security;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.amparo.platform.db.DatabaseOpenException;
import org.amparo.platform.db.H2FileDatabase;
import org.amparo.platform.db.OpenDatabase;
import org.amparo.platform.db.VaultDatabase;
import org.amparo.security.KeySlotStore.RecoverySource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vault on an encrypted H2 file with Argon2id/AES-GCM key slots (format in {@link KeySlotFile}). Opening
 * unwraps the random database key, derives H2's key material from it ({@link H2Keys}), opens and migrates the
 * database and attaches it to {@link VaultDatabase}. Failed attempts are counted in the slot file (see
 * {@link Throttle}); an unknown user name costs the same Argon2id work as a known one. Recovery-code attempts are
 * not throttled: the code's check characters catch typos, and its 110 random bits behind Argon2id cannot be guessed;
 * a successful recovery clears the failure count.
 */
@Singleton
public final class H2VaultService implements VaultService, VaultKeys, SessionLocking {

    /** The name {@link #currentUser()} gives while the vault was opened with the recovery code. */
    public static final String RECOVERY_USER = "(recovery code)";
    private static final Logger LOG = LoggerFactory.getLogger(H2VaultService.class);

    private final VaultDatabase database;
    private final KdfParams kdf;
    private final VaultSessionListener listener;
    private final UnlockAttempts attempts;
    private final SecureRandom random = new SecureRandom();
    private volatile Session session;
    private final AtomicLong sessions = new AtomicLong();

    @Inject
    public H2VaultService(VaultDatabase database, VaultSessionListener listener, LockoutOverride lockout) {
        this(database, KdfParams.DEFAULT, Clock.systemUTC(), listener, lockout);
    }

    public H2VaultService(VaultDatabase database, VaultSessionListener listener) {
        this(database, KdfParams.DEFAULT, Clock.systemUTC(), listener, LockoutOverride.NOBODY);
    }

    public H2VaultService(VaultDatabase database) {
        this(database, KdfParams.DEFAULT, Clock.systemUTC(), VaultSessionListener.NONE, LockoutOverride.NOBODY);
    }

    /** For tests: cheaper key derivation for many-attempt tests, and a clock that can be moved on. */
    H2VaultService(VaultDatabase database, KdfParams kdf, Clock clock) {
        this(database, kdf, clock, VaultSessionListener.NONE, LockoutOverride.NOBODY);
    }

    H2VaultService(VaultDatabase database, KdfParams kdf, Clock clock, VaultSessionListener listener) {
        this(database, kdf, clock, listener, LockoutOverride.NOBODY);
    }

    H2VaultService(VaultDatabase database, KdfParams kdf, Clock clock, VaultSessionListener listener,
                   LockoutOverride lockout) {
        this.database = database;
        this.kdf = kdf;
        this.listener = listener;
        this.attempts = new UnlockAttempts(clock, lockout);
    }

    /** {@code databaseKey} is the vault key the slots unwrap; {@code fileKey} opens the H2 file (see KeySlotFile). */
    private record Session(Path dir, String user, byte[] databaseKey, byte[] fileKey, VaultLock lock) {
        void wipe() {
            Arrays.fill(databaseKey, (byte) 0);
            Arrays.fill(fileKey, (byte) 0);
        }
    }

    @Override
    public VaultState inspect(Path dir) {
        return VaultFolderCheck.state(dir);
    }

    @Override
    public synchronized RecoveryCode create(Path dir, String adminName, char[] password) throws VaultException {
        String admin = UserNames.clean(adminName);
        if (admin == null) {
            throw VaultErrors.badUserName();
        }
        if (!PasswordPolicy.assess(password).acceptable()) {
            throw VaultErrors.weakPassword();
        }
        Path folder = VaultFolderCheck.folder(dir);
        VaultState state = inspect(folder);
        if (state == VaultState.VAULT || H2FileDatabase.exists(folder)) {
            throw VaultErrors.alreadyExists(folder);
        }
        if (state == VaultState.NOT_A_VAULT && !Files.isDirectory(folder)) {
            throw VaultErrors.notAFolder(folder);
        }
        lock();
        VaultCreator.Created created = new VaultCreator(kdf, random).create(folder, admin, password);
        database.attach(created.database());
        session = new Session(folder, admin, created.databaseKey(), created.databaseKey().clone(), created.lock());
        sessions.incrementAndGet();
        try {
            notifyOpened(admin, 0);
        } catch (RuntimeException e) {
            created.lock().release();
            throw e;
        }
        return created.recoveryCode();
    }

    @Override
    public synchronized void open(Path dir, String user, char[] password) throws VaultException {
        Path folder = VaultFolderCheck.existing(dir);
        lock();
        VaultFiles files = new VaultFiles(folder);
        VaultLock vaultLock = VaultLock.acquire(files.lock());
        try {
            resolveRotation(files);
            KeySlotStore store = new KeySlotStore(files);
            KeySlotFile slots = store.read().orElseThrow(VaultErrors::slotsDamaged);
            KeySlotFile checked = attempts.checkThrottle(store, slots);
            boolean lockedOut = checked.throttle().recoveryRequired();
            Optional<KeySlot> userSlot = checked.userSlot(user);
            KeySlot slot = userSlot.orElseGet(() -> KeySlot.decoy(checked.typicalKdf(), random));
            byte[] key = attempts.attempt(store, checked, slot, password == null ? new char[0] : password, !lockedOut);
            String name = userSlot.orElseThrow().user();
            Gate gate = lockedOut ? () -> attempts.liftLockout(store, checked, name) : Gate.OPEN;
            start(folder, checked, name, key, vaultLock, checked.throttle().failures(), gate);
        } catch (VaultException | RuntimeException e) {
            vaultLock.release();
            throw e;
        }
    }

    @Override
    public synchronized void openWithRecoveryCode(Path dir, String recoveryCode) throws VaultException {
        Path folder = VaultFolderCheck.existing(dir);
        String code = RecoveryCodes.normalize(recoveryCode).orElseThrow(VaultErrors::malformedRecoveryCode);
        lock();
        VaultFiles files = new VaultFiles(folder);
        VaultLock vaultLock = VaultLock.acquire(files.lock());
        char[] secret = code.toCharArray();
        try {
            resolveRotation(files);
            KeySlotStore store = new KeySlotStore(files);
            RecoverySource source = store.readRecovery().orElseThrow(VaultErrors::allSlotsDamaged);
            KeySlotFile slots = source.file();
            byte[] key = slots.recoverySlot().orElseThrow().unwrap(secret, slots.vaultId())
                    .orElseThrow(VaultErrors::wrongRecoveryCode);
            try {
                if (source.fromSlotFile()) {
                    UnlockAttempts.save(store, slots.withThrottle(Throttle.NONE));
                } else {
                    UnlockAttempts.rebuildSlotFiles(store, slots);
                }
            } catch (VaultException e) {
                Arrays.fill(key, (byte) 0);
                throw e;
            }
            start(folder, slots, RECOVERY_USER, key, vaultLock, slots.throttle().failures());
        } catch (VaultException | RuntimeException e) {
            vaultLock.release();
            throw e;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /**
     * Adds {@code user} to the open vault, or gives an existing user a new password (e.g. after opening with the
     * recovery code). Role checks belong to the caller.
     */
    @Override
    public synchronized void setPassword(String user, char[] password) throws VaultException {
        Session current = session;
        if (current == null) {
            throw new IllegalStateException("The vault is locked");
        }
        String name = UserNames.clean(user);
        if (name == null) {
            throw VaultErrors.badUserName();
        }
        if (!PasswordPolicy.assess(password).acceptable()) {
            throw VaultErrors.weakPassword();
        }
        KeySlotStore store = new KeySlotStore(new VaultFiles(current.dir()));
        KeySlotFile slots = store.read().orElseThrow(VaultErrors::slotsDamaged);
        KeySlot slot = KeySlot.seal(SlotKind.USER, name, password, current.databaseKey(), kdf, slots.vaultId(),
                random);
        UnlockAttempts.save(store, slots.withSlot(slot));
    }

    /** Locks as a sign-out (exit, the end of a command). */
    @Override
    public void lock() {
        lock(LockReason.SIGN_OUT);
    }

    @Override
    public synchronized void lock(LockReason reason) {
        Session current = session;
        if (current == null) {
            return;
        }
        try {
            listener.closing(current.user(), reason);
        } catch (RuntimeException e) {
            LOG.warn("Could not record the end of the session ({})", e.getClass().getSimpleName());
        }
        session = null;
        try {
            database.close();
        } finally {
            current.wipe();
            current.lock().release();
        }
    }

    @Override
    public boolean isOpen() {
        return session != null;
    }

    @Override
    public byte[] derivedKey(String purpose) {
        Session current = session;
        if (current == null) {
            throw new IllegalStateException("The vault is locked");
        }
        return H2Keys.derive(current.databaseKey(), "amparo/" + purpose);
    }

    @Override
    public Optional<String> currentUser() {
        Session current = session;
        return current == null ? Optional.empty() : Optional.of(current.user());
    }

    @Override
    public synchronized List<String> slotUsers() throws VaultException {
        KeySlotFile slots = openStore().read().orElseThrow(VaultErrors::slotsDamaged);
        return slots.slots().stream().filter(s -> s.kind() == SlotKind.USER).map(KeySlot::user).toList();
    }

    @Override
    public synchronized boolean removePassword(String user) throws VaultException {
        KeySlotStore store = openStore();
        KeySlotFile slots = store.read().orElseThrow(VaultErrors::slotsDamaged);
        Optional<KeySlotFile> without = slots.withoutUser(user);
        if (without.isEmpty()) {
            return false;
        }
        UnlockAttempts.save(store, without.get());
        return true;
    }

    @Override
    public long session() {
        return sessions.get();
    }

    /** For backups ({@link H2VaultBackupAccess}): the open vault's folder. */
    Path openFolder() {
        return requireSession().dir();
    }

    /** For backups: a copy of the open vault's database key; the caller wipes it. */
    byte[] databaseKeyCopy() {
        return requireSession().databaseKey().clone();
    }

    /** Changes the files of a closed vault folder (a restore's swap). */
    interface FileSwap {
        void swap(Path dir) throws IOException;
    }

    /**
     * For restores: closes the database, lets {@code swap} replace the files, and reopens the vault for the same user
     * with {@code newKey} (copied); if the swap fails, reopens with the old key and throws.
     */
    synchronized void replaceFiles(FileSwap swap, byte[] newKey) throws VaultException {
        Session current = requireSession();
        session = null;
        database.close();
        IOException failure = null;
        try {
            swap.swap(current.dir());
        } catch (IOException e) {
            failure = e;
        }
        reopen(current, failure == null ? newKey.clone() : current.databaseKey().clone());
        if (failure != null) {
            throw VaultErrors.cannotWrite(current.dir(), failure);
        }
    }

    /**
     * Re-encrypts the open vault's database under a new random key ({@link KeyRotation}); every slot keeps working.
     * The vault is open again afterwards: with the new key, or, if the rotation failed (then this throws), with the
     * old one. Role checks and the backup before it belong to the caller.
     */
    synchronized void rotateDatabaseKey(KeyRotation.StepHook hook) throws VaultException {
        Session current = requireSession();
        VaultFiles files = new VaultFiles(current.dir());
        KeySlotFile slots = new KeySlotStore(files).read().orElseThrow(VaultErrors::slotsDamaged);
        byte[] newFileKey = new byte[KeySlot.DATABASE_KEY_BYTES];
        random.nextBytes(newFileKey);
        session = null;
        database.close();
        Exception failure = null;
        try {
            new KeyRotation(files, hook).rotate(slots, current.databaseKey(), current.fileKey(), newFileKey, random);
        } catch (IOException | SQLException | RuntimeException e) {
            failure = e;
            try {
                new KeyRotation(files, KeyRotation.StepHook.NONE).resolve();
            } catch (IOException again) {
                e.addSuppressed(again);
            }
        } finally {
            Arrays.fill(newFileKey, (byte) 0);
        }
        reopen(current, current.databaseKey().clone());
        if (failure != null && generation() <= slots.keyGeneration()) {
            throw VaultErrors.rotationFailed(current.dir(), failure);
        }
        if (failure != null) {
            LOG.warn("The key rotation was completed despite a late error ({})",
                    failure.getClass().getSimpleName());
        }
    }

    /** The open vault's database-key generation (0 until its key is first rotated). */
    synchronized int generation() throws VaultException {
        return openStore().read().orElseThrow(VaultErrors::slotsDamaged).keyGeneration();
    }

    /** Opens the closed session's vault again for the same user with {@code key}, per the slot file now on disk. */
    private void reopen(Session closed, byte[] key) throws VaultException {
        closed.wipe();
        try {
            KeySlotFile slots = new KeySlotStore(new VaultFiles(closed.dir())).read()
                    .orElseThrow(VaultErrors::slotsDamaged);
            start(closed.dir(), slots, closed.user(), key, closed.lock(), 0);
        } catch (VaultException | RuntimeException e) {
            Arrays.fill(key, (byte) 0);
            closed.lock().release();
            throw e;
        }
    }

    /** Finishes or discards a key rotation that a crash interrupted, before the slots are read. */
    private static void resolveRotation(VaultFiles files) throws VaultException {
        try {
            new KeyRotation(files, KeyRotation.StepHook.NONE).resolve();
        } catch (IOException e) {
            throw VaultErrors.cannotWrite(files.dir(), e);
        }
    }

    private Session requireSession() {
        Session current = session;
        if (current == null) {
            throw new IllegalStateException("The vault is locked");
        }
        return current;
    }

    private KeySlotStore openStore() {
        return new KeySlotStore(new VaultFiles(requireSession().dir()));
    }

    /** Opens the database with the file key {@code slots} gives for {@code key} (whose ownership it takes). */
    private void start(Path folder, KeySlotFile slots, String user, byte[] key, VaultLock vaultLock, int failures)
            throws VaultException {
        start(folder, slots, user, key, vaultLock, failures, Gate.OPEN);
    }

    /** A last check once the database is open and before the session starts; throwing closes the database again. */
    private interface Gate {
        Gate OPEN = () -> { };

        void check() throws VaultException;
    }

    private void start(Path folder, KeySlotFile slots, String user, byte[] key, VaultLock vaultLock, int failures,
                       Gate gate) throws VaultException {
        byte[] fileKey = slots.fileKey(key).orElse(null);
        if (fileKey == null) {
            Arrays.fill(key, (byte) 0);
            throw VaultErrors.slotsDamaged();
        }
        OpenDatabase opened;
        try {
            opened = H2FileDatabase.open(folder, H2Keys.h2Password(fileKey), false);
        } catch (DatabaseOpenException e) {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(fileKey, (byte) 0);
            throw VaultErrors.database(folder, e);
        }
        database.attach(opened);
        try {
            gate.check();
        } catch (VaultException | RuntimeException e) {
            database.close();
            Arrays.fill(key, (byte) 0);
            Arrays.fill(fileKey, (byte) 0);
            throw e;
        }
        session = new Session(folder, user, key, fileKey, vaultLock);
        sessions.incrementAndGet();
        notifyOpened(user, failures);
    }

    /** Tells the listener; if it fails, the session is closed again (the vault lock is released by the caller). */
    private void notifyOpened(String user, int failures) {
        try {
            listener.opened(user, failures);
        } catch (RuntimeException e) {
            Session current = session;
            session = null;
            database.close();
            current.wipe();
            throw e;
        }
    }
}

package org.amparo.backup;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.amparo.AppVersion;
import org.amparo.backup.data.TableDigests.TableDigest;
import org.amparo.backup.data.VaultSnapshots;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.H2FileDatabase;
import org.amparo.platform.db.Transactions;
import org.amparo.security.AuditAction;
import org.amparo.security.AuditAnchor;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.AuditLog;
import org.amparo.security.DataKind;
import org.amparo.security.VaultBackupAccess;
import org.amparo.security.VaultException;
import org.amparo.security.VaultKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the open vault: H2's {@code BACKUP TO} zip, hashed (by opening the snapshot read-only), wrapped in a
 * {@link BackupFile} under the vault's backup key, verified by a trial restore, then renamed into place; retention
 * follows. Restores check the whole backup first, snapshot the current vault, then swap the files.
 */
@Singleton
public final class DefaultBackupService implements BackupOperations {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultBackupService.class);
    static final String FOLDER_NAME = "backups";

    private final VaultBackupAccess vault;
    private final VaultSnapshots snapshots;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final AccessControl access;
    private final SecureRandom random = new SecureRandom();

    @Inject
    DefaultBackupService(VaultBackupAccess vault, VaultSnapshots snapshots, AuditLog audit, Database database,
            AccessControl access) {
        this(vault, snapshots, audit, database, Clock.systemUTC(), access);
    }

    DefaultBackupService(VaultBackupAccess vault, VaultSnapshots snapshots, AuditLog audit,
            Transactions transactions, Clock clock, AccessControl access) {
        this.access = access;
        this.vault = vault;
        this.snapshots = snapshots;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Path defaultFolder() {
        return openFolder().resolve(FOLDER_NAME);
    }

    @Override
    public BackupReport backup(BackupReason reason) throws BackupException {
        return backupTo(defaultFolder(), reason, step -> { });
    }

    @Override
    public synchronized BackupReport backupTo(Path folder, BackupReason reason, Consumer<BackupStep> progress)
            throws BackupException {
        Path vaultDir = requireOpen();
        BackupFolder backups = new BackupFolder(folder);
        progress.accept(BackupStep.CHECKING_SPACE);
        long databaseBytes = size(vaultDir.resolve(H2FileDatabase.DATA_FILE));
        try {
            backups.create();
        } catch (IOException e) {
            throw new BackupException("The backup folder " + folder + " cannot be created (" + e.getMessage() + ").",
                    e);
        }
        FreeSpace.require(backups.dir(), 3 * databaseBytes, "a backup");
        Path work = workFolder(backups.dir(), ".backup-");
        try (VaultKey key = vault.openKey()) {
            adoptMigrationSnapshots(backups, key);
            Instant now = clock.instant();
            Path file = write(work, key, now, reason, progress);
            progress.accept(BackupStep.VERIFYING);
            trial(file, key, work.resolve("trial"));
            Path target = backups.nameFor(now, reason);
            Files.move(file, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            record(AuditAction.BACKUP, target);
            progress.accept(BackupStep.RETENTION);
            applyRetention(backups, now);
            progress.accept(BackupStep.DONE);
            return report(target, BackupFile.open(target, keyFor(key)));
        } catch (DamagedBackupException e) {
            throw new BackupException("The new backup failed its check and was not kept: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BackupException("The backup could not be written to " + folder + " (" + e.getMessage() + ").",
                    e);
        } finally {
            Folders.deleteQuietly(work);
        }
    }

    /** Snapshot, hashes and encryption into {@code work/backup.tmp}. */
    private Path write(Path work, VaultKey key, Instant now, BackupReason reason, Consumer<BackupStep> progress)
            throws IOException {
        progress.accept(BackupStep.SNAPSHOT);
        AuditAnchor head = audit.head();
        Path zip = work.resolve("snapshot.zip");
        snapshots.backupTo(zip);
        progress.accept(BackupStep.HASHING);
        return seal(work, key, zip, now, reason, head, progress);
    }

    /** Hashes the snapshot {@code zip} (by opening it) and encrypts it with its manifest; deletes the zip. */
    private Path seal(Path work, VaultKey key, Path zip, Instant createdAt, BackupReason reason, AuditAnchor head,
            Consumer<BackupStep> progress) throws IOException {
        Path unpacked = Files.createDirectory(work.resolve("snapshot"));
        try (var in = Files.newInputStream(zip)) {
            TrialRestore.unzip(in, unpacked);
        }
        Map<String, TableDigest> digests = TrialRestore.digest(unpacked, key);
        Folders.deleteQuietly(unpacked);
        Map<String, Long> counts = new TreeMap<>();
        Map<String, String> hashes = new TreeMap<>();
        digests.forEach((table, digest) -> {
            counts.put(table, digest.rows());
            hashes.put(table, digest.sha256());
        });
        String version = AppVersion.current();
        BackupManifest manifest = new BackupManifest(BackupHeader.FORMAT, key.vaultId(), createdAt, reason, version,
                counts, hashes, head.sequence(), head.macHex());
        byte[] salt = new byte[ChunkCipher.SALT_BYTES];
        random.nextBytes(salt);
        BackupHeader header = new BackupHeader(BackupHeader.FORMAT, key.vaultId(), createdAt, reason, version,
                HexFormat.of().formatHex(salt), Base64.getEncoder().encodeToString(vault.keySlotFile()));
        progress.accept(BackupStep.ENCRYPTING);
        Path file = work.resolve("backup.tmp");
        byte[] backupKey = keyFor(key);
        try {
            BackupFile.write(file, header, manifest, zip, backupKey);
        } finally {
            java.util.Arrays.fill(backupKey, (byte) 0);
        }
        Files.delete(zip);
        return file;
    }

    /**
     * Wraps the raw snapshots {@code platform.db} takes before migrating an existing vault into verified backups
     * (reason {@link BackupReason#BEFORE_MIGRATION}, audit head unknown); a snapshot that fails is kept as it is.
     */
    private void adoptMigrationSnapshots(BackupFolder backups, VaultKey key) throws IOException {
        List<Path> raw;
        try (var files = Files.list(backups.dir())) {
            raw = files.filter(p -> p.getFileName().toString().startsWith(H2FileDatabase.BEFORE_MIGRATION_PREFIX)
                    && p.getFileName().toString().endsWith(".zip")).toList();
        }
        for (Path zip : raw) {
            String millis = zip.getFileName().toString()
                    .substring(H2FileDatabase.BEFORE_MIGRATION_PREFIX.length()).replace(".zip", "");
            Path work = Files.createTempDirectory(backups.dir(), ".adopt-");
            try {
                Instant at = Instant.ofEpochMilli(Long.parseLong(millis));
                Path copy = Files.copy(zip, work.resolve("snapshot.zip"));
                Path file = seal(work, key, copy, at, BackupReason.BEFORE_MIGRATION, AuditAnchor.EMPTY, s -> { });
                trial(file, key, work.resolve("trial"));
                Files.move(file, backups.nameFor(at, BackupReason.BEFORE_MIGRATION),
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                Files.delete(zip);
            } catch (IOException | NumberFormatException e) {
                LOG.warn("The snapshot taken before a migration ({}) could not be wrapped: {}", zip.getFileName(),
                        e.getMessage());
            } finally {
                Folders.deleteQuietly(work);
            }
        }
    }

    @Override
    public Optional<BackupReport> lastVerified() {
        try {
            List<BackupReport> all = list();
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
        } catch (BackupException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<BackupReport> list() throws BackupException {
        List<BackupReport> reports = new ArrayList<>();
        try (VaultKey key = vault.openKey()) {
            for (BackupFolder.Entry entry : new BackupFolder(defaultFolder()).list()) {
                try {
                    reports.add(report(entry.file(), BackupFile.open(entry.file(), keyFor(key))));
                } catch (IOException e) {
                    LOG.warn("Backup {} cannot be read: {}", entry.file().getFileName(), e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new BackupException("The backup folder cannot be read (" + e.getMessage() + ").", e);
        } catch (IllegalStateException e) {
            throw new BackupException("The vault is locked.", e);
        }
        return reports;
    }

    @Override
    public BackupReport verify(Path file) throws BackupException {
        try (VaultKey key = vault.openKey()) {
            return verify(file, key);
        }
    }

    @Override
    public BackupReport verify(Path file, VaultKey key) throws BackupException {
        Path work = workFolder(tempParent(file), ".verify-");
        try {
            TrialRestore.Checked checked = trial(file, key, work.resolve("trial"));
            return report(file, checked.header(), checked.manifest());
        } catch (DamagedBackupException e) {
            throw new BackupException(e.getMessage(), e);
        } catch (IOException e) {
            throw new BackupException(file + " cannot be read (" + e.getMessage() + ").", e);
        } finally {
            Folders.deleteQuietly(work);
        }
    }

    @Override
    public RestorePlan plan(Path file) throws BackupException {
        access.require(Action.MANAGE, DataKind.BACKUP);
        Path work = workFolder(openFolder(), ".restore-");
        try (VaultKey key = vault.openKey()) {
            return check(file, key, work);
        } finally {
            Folders.deleteQuietly(work);
        }
    }

    @Override
    public synchronized RestoreReport restore(Path file, Consumer<BackupStep> progress) throws BackupException {
        access.require(Action.MANAGE, DataKind.BACKUP);
        Path vaultDir = requireOpen();
        progress.accept(BackupStep.CHECKING_SPACE);
        long needed = 3 * size(vaultDir.resolve(H2FileDatabase.DATA_FILE)) + 2 * size(file);
        FreeSpace.require(vaultDir, needed, "a restore");
        Path work = workFolder(vaultDir, ".restore-");
        try (VaultKey key = vault.openKey()) {
            progress.accept(BackupStep.VERIFYING);
            RestorePlan plan = check(file, key, work);
            Files.write(work.resolve("keyslots.json"), BackupFile.readHeader(file).keySlotFile());
            BackupReport before = backupTo(defaultFolder(), BackupReason.BEFORE_RESTORE, progress);
            progress.accept(BackupStep.SWAPPING);
            vault.replaceFiles(work, key);
            record(AuditAction.RESTORE, file);
            progress.accept(BackupStep.DONE);
            return new RestoreReport(plan, before);
        } catch (VaultException e) {
            throw new BackupException("The vault could not be replaced: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BackupException("The restore could not be prepared (" + e.getMessage() + ").", e);
        } finally {
            Folders.deleteQuietly(work);
        }
    }

    /** Trial-restores {@code file} into {@code work} (left there for a restore) and plans its restore. */
    private RestorePlan check(Path file, VaultKey key, Path work) throws BackupException {
        try {
            TrialRestore.Checked checked = TrialRestore.restore(file, key, work);
            return new RestorePlan(file, checked.manifest().reason(), checked.manifest().createdAt(),
                    clock.instant(), checked.manifest().rowCounts(), snapshots.rowCounts());
        } catch (DamagedBackupException e) {
            throw new BackupException(e.getMessage() + " Nothing was changed.", e);
        } catch (IOException e) {
            throw new BackupException(file + " cannot be read (" + e.getMessage() + "). Nothing was changed.", e);
        }
    }

    private static TrialRestore.Checked trial(Path file, VaultKey key, Path into) throws IOException {
        Files.createDirectory(into);
        try {
            return TrialRestore.restore(file, key, into);
        } finally {
            Folders.deleteQuietly(into);
        }
    }

    private void applyRetention(BackupFolder backups, Instant now) throws IOException {
        List<BackupFolder.Entry> entries = backups.list();
        Set<Instant> keep = Retention.keep(entries.stream().map(BackupFolder.Entry::createdAt).toList(), now,
                ZoneId.systemDefault());
        for (BackupFolder.Entry entry : entries) {
            if (!keep.contains(entry.createdAt())) {
                Files.deleteIfExists(entry.file());
            }
        }
    }

    private void record(AuditAction action, Path file) {
        try {
            transactions.inTransaction(() -> audit.record(action, "backup", file.getFileName().toString()));
        } catch (RuntimeException e) {
            LOG.warn("The {} of {} could not be written to the audit log", action, file.getFileName(), e);
        }
    }

    private static BackupReport report(Path file, BackupFile.Opened opened) throws IOException {
        try (opened) {
            return report(file, opened.header(), opened.manifest());
        }
    }

    private static BackupReport report(Path file, BackupHeader header, BackupManifest manifest) throws IOException {
        return new BackupReport(file, header.createdAt(), header.reason(), true, Files.size(file),
                manifest.rowCounts());
    }

    private static byte[] keyFor(VaultKey key) {
        return key.derivedKey(TrialRestore.KEY_PURPOSE);
    }

    private Path requireOpen() throws BackupException {
        try {
            return vault.openFolder();
        } catch (IllegalStateException e) {
            throw new BackupException("The vault is locked: nothing was done.", e);
        }
    }

    private Path openFolder() {
        try {
            return vault.openFolder();
        } catch (IllegalStateException e) {
            throw new IllegalStateException("The vault is locked", e);
        }
    }

    private static Path tempParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null && Files.isWritable(parent) ? parent : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static Path workFolder(Path parent, String prefix) throws BackupException {
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, prefix);
        } catch (IOException e) {
            throw new BackupException("No room to work in " + parent + " (" + e.getMessage() + ").", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}

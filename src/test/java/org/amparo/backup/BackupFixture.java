package org.amparo.backup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.amparo.clients.Client;
import org.amparo.facts.Person;
import java.sql.Connection;
import java.time.Clock;
import java.util.Map;
import org.amparo.backup.data.TableDigests;
import org.amparo.backup.data.TableDigests.TableDigest;
import org.amparo.backup.data.VaultSnapshots;
import org.amparo.clients.DefaultClientService;
import org.amparo.clients.DefaultDemoDataService;
import org.amparo.platform.db.VaultDatabase;
import org.amparo.security.TestSecurity;
import org.amparo.security.TestVaults;
import org.amparo.security.VaultBackupAccess;
import org.amparo.security.VaultService;

/** A real vault with the real backup service over it, for backup tests. Close to lock the vault. */
final class BackupFixture implements AutoCloseable {

    final Path dir;
    final VaultDatabase database = new VaultDatabase();
    final VaultService vault = TestVaults.cheap(database);
    final VaultBackupAccess access = TestVaults.backupAccess(vault);
    final TestSecurity.RecordingAuditLog audit = new TestSecurity.RecordingAuditLog();
    final DefaultBackupService backups;
    final DefaultClientService clients;

    BackupFixture(Path dir) throws Exception {
        this(dir, Clock.systemUTC());
    }

    BackupFixture(Path dir, Clock clock) throws Exception {
        this(dir, clock, true);
    }

    private BackupFixture(Path dir, Clock clock, boolean create) throws Exception {
        this.dir = dir;
        if (create) {
            TestVaults.create(vault, dir);
        } else {
            vault.open(dir, TestVaults.ADMIN, TestVaults.PASSWORD.toCharArray());
        }
        backups = new DefaultBackupService(access, new VaultSnapshots(database), audit, database, clock,
                org.amparo.security.TestSecurity.permitAll(TestVaults.ADMIN, org.amparo.security.Role.ADMINISTRATOR,
                        "main"));
        clients = new DefaultClientService(database, vault,
                org.amparo.security.TestSecurity.permitAll(TestVaults.ADMIN, org.amparo.security.Role.ATTORNEY, "main"));
    }

    /** Opens the existing vault at {@code dir}. */
    static BackupFixture open(Path dir) throws Exception {
        return new BackupFixture(dir, Clock.systemUTC(), false);
    }

    void fillDemo(int clientCount, long seed) {
        new DefaultDemoDataService(database).fill(clientCount, seed, n -> { });
    }

    /** Saves a client through the real service and returns its id once the commit returned. */
    long addClient(String given, String family) throws Exception {
        return clients.save(Client.newClient(person(given, family))).id();
    }

    static Person person(String given, String family) {
        return new Person(given, family, null, List.of(), LocalDate.of(1990, 1, 1), Person.Sex.F, List.of("MX"),
                List.of("es"), null, List.of(new Person.Phone("(202) 555-0101", true, true, true)), List.of(),
                new Person.Address("1 Example St", null, "Example City", null, "TX", "00012", false), null);
    }

    /** Every table's digest in the open vault. */
    Map<String, TableDigest> digests() {
        return database.dsl().connectionResult(TableDigests::of);
    }

    @Override
    public void close() {
        vault.lock();
    }
}

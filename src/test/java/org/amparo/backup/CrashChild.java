package org.amparo.backup;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.amparo.clients.Client;
import org.amparo.clients.DefaultClientService;
import org.amparo.platform.db.VaultDatabase;
import org.amparo.security.TestVaults;
import org.amparo.security.VaultService;

/**
 * The child of {@link CrashHarness}: opens the vault in {@code args[0]} and saves clients through the real
 * {@code ClientService} until it is killed, printing {@code ack <id> <family name>} after each save returned
 * (that is, after its commit). Prints {@code open} once the vault is open.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        VaultDatabase database = new VaultDatabase();
        VaultService vault = TestVaults.cheap(database);
        vault.open(Path.of(args[0]), TestVaults.ADMIN, TestVaults.PASSWORD.toCharArray());
        DefaultClientService clients = new DefaultClientService(database, vault);
        out.println("open");
        out.flush();
        String run = args[1];
        for (int i = 0; ; i++) {
            String family = "Demo-Crash-" + run + "-" + i;
            long id = clients.save(Client.newClient(BackupFixture.person("Prueba", family))).id();
            out.println("ack " + id + " " + family);
            out.flush();
        }
    }
}

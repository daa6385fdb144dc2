package org.amparo.backup;

import static org.amparo.db.jooq.Tables.CLIENT;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.amparo.clients.Client;
import org.amparo.clients.DefaultClientService;
import org.amparo.platform.db.VaultDatabase;
import org.amparo.security.TestVaults;
import org.amparo.security.VaultService;

/**
 * The child of {@link CrashHarness}. Opens the vault in {@code args[0]} (timing it: this is the reopen after the
 * previous child was killed), checks that every save listed in {@code args[2]} (acknowledged by earlier children) is
 * present, prints {@code open <ms> <missing>}, then saves clients through the real {@code ClientService} until it is
 * killed, printing {@code ack <id> <family name>} after each save returned (after its commit).
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        VaultDatabase database = new VaultDatabase();
        VaultService vault = TestVaults.cheap(database);
        vault.open(Path.of(args[0]), TestVaults.ADMIN, TestVaults.PASSWORD.toCharArray());
        long openedMillis = (System.nanoTime() - start) / 1_000_000;
        out.println("open " + openedMillis + " " + missing(database, Path.of(args[2])));
        out.flush();
        DefaultClientService clients = new DefaultClientService(database, vault,
                org.amparo.security.TestSecurity.permitAll(TestVaults.ADMIN, org.amparo.security.Role.ATTORNEY, "main"));
        String run = args[1];
        for (int i = 0; ; i++) {
            String family = "Demo-Crash-" + run + "-" + i;
            long id = clients.save(Client.newClient(BackupFixture.person("Prueba", family))).id();
            out.println("ack " + id + " " + family);
            out.flush();
        }
    }

    /** How many of the acknowledged saves (lines {@code ack <id> <family>}) are not in the vault as written. */
    static long missing(VaultDatabase database, Path acknowledged) throws Exception {
        Map<Long, String> stored = new HashMap<>();
        database.dsl().select(CLIENT.ID, CLIENT.FAMILY_NAME).from(CLIENT)
                .forEach(r -> stored.put(r.value1(), r.value2()));
        long missing = 0;
        for (String line : Files.readAllLines(acknowledged, StandardCharsets.UTF_8)) {
            String[] parts = line.split(" ");
            if (!parts[2].equals(stored.get(Long.parseLong(parts[1])))) {
                missing++;
            }
        }
        return missing;
    }
}

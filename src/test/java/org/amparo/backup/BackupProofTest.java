package org.amparo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.amparo.backup.data.TableDigests.TableDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup proofs: random vaults survive backup → verify → restore with identical per-table hashes, and corrupted
 * backups (byte flips, truncations, swapped headers and bodies, extra bytes) are all refused. A short run here; the
 * full counts with {@code -Damparo.backup.vaults=100 -Damparo.backup.corruptions=100}.
 */
class BackupProofTest {

    private static final int VAULTS = Integer.getInteger("amparo.backup.vaults", 3);
    private static final int CORRUPTIONS = Integer.getInteger("amparo.backup.corruptions", 40);

    @TempDir
    Path temp;

    @Test
    void randomVaultsComeBackWithIdenticalTables() throws Exception {
        Random random = new Random(11);
        int identical = 0;
        for (int i = 0; i < VAULTS; i++) {
            try (BackupFixture f = new BackupFixture(temp.resolve("vault-" + i))) {
                f.fillDemo(random.nextInt(60), random.nextLong());
                for (int c = random.nextInt(4); c > 0; c--) {
                    f.addClient("Prueba", "Demo-" + random.nextInt(1000));
                }
                Map<String, TableDigest> original = f.digests();
                BackupReport made = f.backups.backup(BackupReason.MANUAL);
                f.backups.verify(made.file());
                f.addClient("Prueba", "Demo-after-backup");

                f.backups.restore(made.file(), step -> { });

                assertThat(f.digests()).as("vault %d", i).isEqualTo(original);
                identical++;
            }
        }
        assertThat(identical).isEqualTo(VAULTS);
        System.err.printf("backup proof: %d random vaults restored with identical per-table hashes%n", identical);
    }

    @Test
    void corruptedBackupsAreAllRefused() throws Exception {
        try (BackupFixture f = new BackupFixture(temp.resolve("vault"))) {
            f.fillDemo(30, 5);
            byte[] a = Files.readAllBytes(f.backups.backupTo(temp.resolve("a"), BackupReason.MANUAL, s -> { }).file());
            f.addClient("Prueba", "Demo-B");
            byte[] b = Files.readAllBytes(f.backups.backupTo(temp.resolve("b"), BackupReason.MANUAL, s -> { }).file());
            Random random = new Random(23);
            int refused = 0;
            for (int i = 0; i < CORRUPTIONS; i++) {
                Corruption kind = Corruption.values()[i % Corruption.values().length];
                Path bad = temp.resolve("bad-" + i + ".ampbak");
                Files.write(bad, kind.apply(a, b, random));
                try {
                    f.backups.verify(bad);
                } catch (BackupException e) {
                    refused++;
                    continue;
                }
                throw new AssertionError(kind + " corruption #" + i + " was accepted");
            }
            assertThat(refused).isEqualTo(CORRUPTIONS);
            System.err.printf("backup proof: %d of %d corrupted backups refused%n", refused, CORRUPTIONS);
        }
    }

    /** Ways a backup file gets damaged or tampered with. */
    enum Corruption {
        FLIP_ONE_BYTE {
            @Override
            byte[] apply(byte[] a, byte[] b, Random random) {
                byte[] out = a.clone();
                out[random.nextInt(out.length)] ^= (byte) (1 + random.nextInt(255));
                return out;
            }
        },
        FLIP_SEVERAL_BYTES {
            @Override
            byte[] apply(byte[] a, byte[] b, Random random) {
                byte[] out = a.clone();
                for (int n = 2 + random.nextInt(30); n > 0; n--) {
                    out[random.nextInt(out.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return out;
            }
        },
        TRUNCATE {
            @Override
            byte[] apply(byte[] a, byte[] b, Random random) {
                return java.util.Arrays.copyOf(a, random.nextInt(a.length));
            }
        },
        CUT_THE_LAST_BYTES {
            @Override
            byte[] apply(byte[] a, byte[] b, Random random) {
                return java.util.Arrays.copyOf(a, a.length - 1 - random.nextInt(Math.min(64, a.length - 1)));
            }
        },
        SWAP_HEADER {
            @Override
            byte[] apply(byte[] a, byte[] b, Random random) {
                return concat(header(b), body(a));
            }
        },
        SWAP_MANIFEST_CHUNK {
            @Override
            byte[] apply(byte[] a, byte[] b, Random random) {
                byte[] aBody = body(a);
                byte[] bBody = body(b);
                int firstChunk = 5 + readInt(aBody, 1);
                int bFirst = 5 + readInt(bBody, 1);
                return concat(header(a), concat(java.util.Arrays.copyOf(bBody, bFirst),
                        java.util.Arrays.copyOfRange(aBody, firstChunk, aBody.length)));
            }
        },
        EXTRA_BYTES {
            @Override
            byte[] apply(byte[] a, byte[] b, Random random) {
                byte[] extra = new byte[1 + random.nextInt(100)];
                random.nextBytes(extra);
                return concat(a, extra);
            }
        };

        abstract byte[] apply(byte[] a, byte[] b, Random random);
    }

    private static int headerEnd(byte[] file) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(file))) {
            in.skipNBytes(BackupFile.MAGIC_TEXT.length());
            return BackupFile.MAGIC_TEXT.length() + 4 + in.readInt();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] header(byte[] file) {
        return java.util.Arrays.copyOf(file, headerEnd(file));
    }

    private static byte[] body(byte[] file) {
        return java.util.Arrays.copyOfRange(file, headerEnd(file), file.length);
    }

    private static int readInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8)
                | (bytes[at + 3] & 0xff);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}

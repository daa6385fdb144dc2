package org.amparo.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Random;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.JceXts;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vault's file encryption on the JDK's AES reads and writes exactly the bytes H2's own AES does: a file written
 * by either opens with the other, so a vault written by this version opens in H2's own tools (key rotation's
 * {@code ChangeFileEncryption}, an older Amparo) and an older vault opens here.
 */
class FastDecryptionTest {

    private static final byte[] FILE_KEY =
            "fictitious file key for the test".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Whole 4 KB pages, as H2 keeps its files (H2's FileEncrypt mishandles a partial last page either way). */
    private static final int SIZE = 73 * 4096;

    @TempDir
    Path temp;

    @Test
    void aFileWrittenByEitherCipherReadsTheSameThroughTheOther() throws Exception {
        Path path = temp.resolve("file.bin");
        Random random = new Random(7);
        byte[] expected = new byte[SIZE];
        random.nextBytes(expected);

        try (FileChannel raw = open(path)) {
            FileEncrypt h2 = new FileEncrypt("h2", FILE_KEY.clone(), raw);
            write(h2, expected, 0, SIZE);
        }
        try (FileChannel raw = open(path)) {
            FileEncrypt fast = new FileEncrypt("fast", FILE_KEY.clone(), raw);
            assertThat(JceXts.accelerate(fast)).isTrue();
            assertThat(Arrays.mismatch(read(fast), expected)).isEqualTo(-1);
            // aligned pages, and a write that starts and ends inside a page
            for (int[] range : new int[][] {{4096, 8192}, {70_001, 12_345}, {SIZE - 100, 100}}) {
                byte[] chunk = new byte[range[1]];
                random.nextBytes(chunk);
                System.arraycopy(chunk, 0, expected, range[0], chunk.length);
                write(fast, chunk, range[0], chunk.length);
            }
            assertThat(Arrays.mismatch(read(fast), expected)).isEqualTo(-1);
        }
        try (FileChannel raw = open(path)) {
            FileEncrypt h2 = new FileEncrypt("h2", FILE_KEY.clone(), raw);
            assertThat(Arrays.mismatch(read(h2), expected)).isEqualTo(-1);
        }
    }

    @Test
    void aFileThatIsNotEncryptedIsLeftAlone() throws Exception {
        try (FileChannel raw = open(temp.resolve("plain.bin"))) {
            assertThat(JceXts.accelerate(raw)).isFalse();
        }
    }

    @Test
    void aVaultWrittenOnTheFastCipherOpensWithH2Alone() throws Exception {
        Path dir = temp.resolve("vault");
        try (OpenDatabase db = H2FileDatabase.open(dir, FileLockReopenTest.PASSWORD.toCharArray(), true)) {
            try (Connection connection = db.dataSource().getConnection()) {
                assertThat(FastDecryption.install(connection)).as("already in place on open").isTrue();
            }
            new DataSourceDatabase(db.dataSource(), SQLDialect.H2).transaction(ctx -> {
                for (int i = 0; i < 2_000; i++) {
                    ctx.execute("INSERT INTO client (given_name, family_name) VALUES ('Ficticia " + i + "', 'Prueba')");
                }
            });
        }
        // plain H2, no Amparo code between it and the file
        String url = H2FileDatabase.url(dir, false);
        try (Connection h2 = DriverManager.getConnection(url, H2FileDatabase.USER, FileLockReopenTest.PASSWORD);
             ResultSet rows = h2.createStatement().executeQuery(
                     "SELECT COUNT(*), MAX(given_name) FROM client WHERE family_name = 'Prueba'")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(2_000);
            assertThat(rows.getString(2)).isEqualTo("Ficticia 999");
            h2.createStatement().execute("SHUTDOWN");
        }
    }

    private static FileChannel open(Path path) throws java.io.IOException {
        return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private static void write(FileEncrypt file, byte[] data, int at, int length) throws java.io.IOException {
        ByteBuffer buffer = ByteBuffer.wrap(data, 0, length);
        while (buffer.hasRemaining()) {
            file.write(buffer, at + buffer.position());
        }
    }

    private static byte[] read(FileEncrypt file) throws java.io.IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) file.size());
        while (buffer.hasRemaining()) {
            file.read(buffer, buffer.position());
        }
        return buffer.array();
    }
}

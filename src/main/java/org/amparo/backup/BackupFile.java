package org.amparo.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.amparo.facts.FactsJson;

/**
 * The backup file ({@code .ampbak}): {@value #MAGIC_TEXT}, a 4-byte length and the {@link BackupHeader} as JSON,
 * then {@link ChunkCipher} chunks whose plaintext is a 4-byte length, the {@link BackupManifest} as JSON, and H2's
 * {@code BACKUP TO} zip (whose database file is itself still encrypted with the vault key).
 */
final class BackupFile {

    static final String MAGIC_TEXT = "AMPBAK1\n";
    private static final byte[] MAGIC = MAGIC_TEXT.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int MAX_HEADER = 1 << 20;
    private static final int MAX_MANIFEST = 16 << 20;
    private static final ObjectMapper JSON = FactsJson.mapper();

    private BackupFile() {
    }

    /** Writes the backup to {@code target} (a new file) and forces it to disk. */
    static void write(Path target, BackupHeader header, BackupManifest manifest, Path zip, byte[] backupKey)
            throws IOException {
        byte[] headerBytes = JSON.writeValueAsBytes(header);
        byte[] manifestBytes = JSON.writeValueAsBytes(manifest);
        ChunkCipher cipher = new ChunkCipher(backupKey, HexFormat.of().parseHex(header.salt()), hash(headerBytes));
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream raw = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            DataOutputStream plain = new DataOutputStream(raw);
            plain.write(MAGIC);
            plain.writeInt(headerBytes.length);
            plain.write(headerBytes);
            plain.flush();
            try (DataOutputStream sealed = new DataOutputStream(new SealingOutputStream(new NoClose(raw), cipher))) {
                sealed.writeInt(manifestBytes.length);
                sealed.write(manifestBytes);
                Files.copy(zip, sealed);
            }
            raw.flush();
            channel.force(true);
        }
    }

    /** The readable header, without decrypting anything. */
    static BackupHeader readHeader(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return parseHeader(readHeaderBytes(in));
        }
    }

    /** Opens the backup: header and manifest read and authenticated; the zip follows in {@link Opened#zip()}. */
    static Opened open(Path file, byte[] backupKey) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        try {
            byte[] headerBytes = readHeaderBytes(in);
            BackupHeader header = parseHeader(headerBytes);
            byte[] salt = HexFormat.of().parseHex(header.salt());
            ChunkCipher cipher = new ChunkCipher(backupKey, salt, hash(headerBytes));
            DataInputStream opened = new DataInputStream(new OpeningInputStream(in, cipher));
            int length = opened.readInt();
            if (length < 2 || length > MAX_MANIFEST) {
                throw new DamagedBackupException("The backup's manifest is damaged.");
            }
            BackupManifest manifest = JSON.readValue(opened.readNBytes(length), BackupManifest.class);
            if (!manifest.agreesWith(header)) {
                throw new DamagedBackupException("The backup's manifest does not match its header.");
            }
            return new Opened(header, manifest, opened);
        } catch (EOFException | JsonProcessingException | IllegalArgumentException e) {
            in.close();
            throw new DamagedBackupException("The backup is damaged or incomplete (" + e.getClass().getSimpleName()
                    + ").", e);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** An opened backup. Read {@link #zip()} to its end: only then is the whole file authenticated. */
    record Opened(BackupHeader header, BackupManifest manifest, InputStream zip) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    private static byte[] readHeaderBytes(DataInputStream in) throws IOException {
        try {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new DamagedBackupException("This is not an Amparo backup file (or its start is damaged).");
            }
            int length = in.readInt();
            if (length < 2 || length > MAX_HEADER) {
                throw new DamagedBackupException("The backup's header is damaged.");
            }
            byte[] header = in.readNBytes(length);
            if (header.length < length) {
                throw new EOFException();
            }
            return header;
        } catch (EOFException e) {
            throw new DamagedBackupException("The backup is incomplete (the file was cut off).", e);
        }
    }

    private static BackupHeader parseHeader(byte[] headerBytes) throws DamagedBackupException {
        try {
            BackupHeader header = JSON.readValue(headerBytes, BackupHeader.class);
            if (!BackupHeader.FORMAT.equals(header.format()) || header.salt() == null
                    || header.salt().length() != ChunkCipher.SALT_BYTES * 2 || header.keySlots() == null) {
                throw new DamagedBackupException("The backup's header is damaged or from an unknown version.");
            }
            return header;
        } catch (IOException | IllegalArgumentException e) {
            throw new DamagedBackupException("The backup's header is damaged.", e);
        }
    }

    /** SHA-256 of the magic, length and header bytes: what every chunk authenticates. */
    private static byte[] hash(byte[] headerBytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(MAGIC);
            digest.update(new byte[] {(byte) (headerBytes.length >>> 24), (byte) (headerBytes.length >>> 16),
                (byte) (headerBytes.length >>> 8), (byte) headerBytes.length});
            return digest.digest(headerBytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Keeps the sealing stream's close from closing the file before it is forced to disk. */
    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}

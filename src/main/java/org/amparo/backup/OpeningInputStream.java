package org.amparo.backup;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Decrypts a {@link SealingOutputStream}'s chunks, refusing a changed, reordered or cut-off stream: every chunk's tag
 * is checked before its bytes are given out, end of data is only reported after the last chunk, and bytes after
 * the last chunk are refused.
 */
final class OpeningInputStream extends InputStream {

    private final DataInputStream in;
    private final ChunkCipher cipher;
    private byte[] chunk = new byte[0];
    private int position;
    private long index;
    private boolean sawLast;

    OpeningInputStream(InputStream source, ChunkCipher cipher) {
        this.in = new DataInputStream(source);
        this.cipher = cipher;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == chunk.length) {
            if (sawLast) {
                return -1;
            }
            nextChunk();
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, target, offset, n);
        position += n;
        return n;
    }

    private void nextChunk() throws IOException {
        try {
            int flag = in.readUnsignedByte();
            int length = in.readInt();
            if (flag > 1 || length < ChunkCipher.TAG_BYTES
                    || length > ChunkCipher.CHUNK_BYTES + ChunkCipher.TAG_BYTES) {
                throw new DamagedBackupException("The backup is damaged (part " + (index + 1) + " is malformed).");
            }
            byte[] sealed = in.readNBytes(length);
            if (sealed.length < length) {
                throw new EOFException();
            }
            chunk = cipher.open(index++, flag == 1, sealed);
            position = 0;
            sawLast = flag == 1;
            if (sawLast && in.read() != -1) {
                throw new DamagedBackupException("The backup is damaged (it has extra bytes after its end).");
            }
        } catch (EOFException e) {
            throw new DamagedBackupException("The backup is incomplete (the file was cut off).", e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

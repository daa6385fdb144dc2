package org.amparo.backup;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Encrypts what is written to it in {@link ChunkCipher} chunks: each chunk is a flag byte (1 = last), a 4-byte
 * length and the sealed bytes. {@link #close()} writes the last chunk (possibly empty) and closes the target.
 */
final class SealingOutputStream extends OutputStream {

    private final DataOutputStream out;
    private final ChunkCipher cipher;
    private final byte[] buffer = new byte[ChunkCipher.CHUNK_BYTES];
    private int filled;
    private long index;
    private boolean closed;

    SealingOutputStream(OutputStream target, ChunkCipher cipher) {
        this.out = new DataOutputStream(target);
        this.cipher = cipher;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int at = offset;
        int left = length;
        while (left > 0) {
            if (filled == buffer.length) {
                emit(false);
            }
            int n = Math.min(left, buffer.length - filled);
            System.arraycopy(bytes, at, buffer, filled, n);
            filled += n;
            at += n;
            left -= n;
        }
    }

    private void emit(boolean last) throws IOException {
        byte[] sealed = cipher.seal(index++, last, buffer, filled);
        out.writeByte(last ? 1 : 0);
        out.writeInt(sealed.length);
        out.write(sealed);
        filled = 0;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            emit(true);
            out.close();
        }
    }
}

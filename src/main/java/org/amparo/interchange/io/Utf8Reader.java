package org.amparo.interchange.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes strict UTF-8 from a byte stream and knows the byte offset it has reached, so invalid input is reported as
 * {@link MalformedUtf8Exception} naming the offset of the first bad byte (the JDK's decoders do not say where).
 * A leading byte-order mark is skipped. Not thread-safe.
 */
public final class Utf8Reader extends Reader {

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long consumedBefore;
    private int pendingLowSurrogate = -1;
    private boolean started;
    private int line = 1;

    public Utf8Reader(InputStream in) {
        this.in = in;
    }

    /** Bytes decoded so far (the offset of the next byte). */
    public long byteOffset() {
        return consumedBefore + position;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        int n = 0;
        while (n < length) {
            if (pendingLowSurrogate >= 0) {
                target[offset + n++] = (char) pendingLowSurrogate;
                pendingLowSurrogate = -1;
                continue;
            }
            if (position == limit && (n > 0 || !fill())) {
                break;
            }
            int b = buffer[position] & 0xFF;
            if (b < 0x80) {
                if (b == '\n') {
                    line++;
                }
                target[offset + n++] = (char) b;
                position++;
            } else {
                int codePoint = decodeMultiByte(b);
                if (codePoint >= 0x10000) {
                    target[offset + n++] = Character.highSurrogate(codePoint);
                    pendingLowSurrogate = Character.lowSurrogate(codePoint);
                } else {
                    target[offset + n++] = (char) codePoint;
                }
            }
        }
        return n == 0 ? -1 : n;
    }

    private void skipByteOrderMark() throws IOException {
        if (ensure(3) && (buffer[position] & 0xFF) == 0xEF && (buffer[position + 1] & 0xFF) == 0xBB
                && (buffer[position + 2] & 0xFF) == 0xBF) {
            position += 3;
        }
    }

    private int decodeMultiByte(int first) throws IOException {
        long at = byteOffset();
        int length;
        int codePoint;
        if (first >= 0xC2 && first <= 0xDF) {
            length = 2;
            codePoint = first & 0x1F;
        } else if (first >= 0xE0 && first <= 0xEF) {
            length = 3;
            codePoint = first & 0x0F;
        } else if (first >= 0xF0 && first <= 0xF4) {
            length = 4;
            codePoint = first & 0x07;
        } else {
            throw new MalformedUtf8Exception(at, line, first);
        }
        if (!ensure(length)) {
            throw new MalformedUtf8Exception(at, line, first);
        }
        for (int i = 1; i < length; i++) {
            int next = buffer[position + i] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                throw new MalformedUtf8Exception(at + i, line, next);
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (length == 3 && (codePoint < 0x800 || codePoint >= 0xD800 && codePoint <= 0xDFFF)
                || length == 4 && (codePoint < 0x10000 || codePoint > 0x10FFFF)) {
            throw new MalformedUtf8Exception(at, line, first);
        }
        position += length;
        return codePoint;
    }

    /** Makes at least {@code count} bytes available from {@code position}; false at the end of the stream. */
    private boolean ensure(int count) throws IOException {
        if (limit - position >= count) {
            return true;
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        consumedBefore += position;
        limit -= position;
        position = 0;
        while (limit < count) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                return false;
            }
            limit += read;
        }
        return true;
    }

    private boolean fill() throws IOException {
        return ensure(1);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The input is not UTF-8: {@link #offset} is the 0-based position of the offending byte. */
    public static final class MalformedUtf8Exception extends IOException {

        private static final long serialVersionUID = 1L;
        private final long offset;
        private final int line;

        MalformedUtf8Exception(long offset, int line, int value) {
            super(String.format("not valid UTF-8: byte 0x%02X at byte offset %d (line %d)", value, offset, line));
            this.offset = offset;
            this.line = line;
        }

        public long offset() {
            return offset;
        }

        /** The 1-based line of the offending byte. */
        public int line() {
            return line;
        }
    }
}

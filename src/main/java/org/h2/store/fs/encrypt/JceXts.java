package org.h2.store.fs.encrypt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.h2.security.AES;
import org.h2.security.BlockCipher;

/**
 * H2's XTS (the mode of its {@code CIPHER=AES} files: IEEE P1619 with one AES-128 key for the data and the tweak, a
 * 4 KB sector per call) with the AES done by the JDK's provider, whose AES runs on the processor's AES instructions,
 * a whole sector per call. H2's own {@link AES} is table-driven Java, about 175 MB/s on the machine where a
 * re-screen of 100,000 cases spent most of its fact reads decrypting pages; this is about ten times that. The bytes
 * on disk are the same: a file written either way opens the other way.
 *
 * <p>It lives in H2's package only because H2's {@code XTS} is package-private and {@link FileEncrypt} holds one.
 * {@link #accelerate(FileChannel)} swaps it into an open {@link FileEncrypt} after checking, on random sectors, that
 * it encrypts and decrypts exactly as the one it replaces; anything unexpected (another H2 version, a field renamed)
 * leaves H2's own in place, which is slower but the same.
 */
public final class JceXts extends XTS {

    private static final int BLOCK = 16;
    private static final int GF_128_FEEDBACK = 0x87;
    private static final int CHECK_SECTORS = 4;
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final SecretKeySpec key;
    /** A {@link Cipher} is not thread-safe, and H2 reads pages from many threads at once. */
    private final ThreadLocal<Lane> lanes;

    private JceXts(byte[] aesKey, BlockCipher sameKeyFallback) {
        super(sameKeyFallback);
        this.key = new SecretKeySpec(aesKey, "AES");
        this.lanes = ThreadLocal.withInitial(this::newLane);
    }

    /**
     * Replaces the XTS of {@code channel}, when it is an H2 {@link FileEncrypt} using H2's {@link AES}, with this
     * faster one; {@code true} if it is in place afterwards. Safe while other threads read and write the file: both
     * produce the same bytes, and the field is volatile.
     */
    public static boolean accelerate(FileChannel channel) {
        if (!(channel instanceof FileEncrypt file)) {
            return false;
        }
        try {
            VarHandle xtsField = MethodHandles.privateLookupIn(FileEncrypt.class, MethodHandles.lookup())
                    .findVarHandle(FileEncrypt.class, "xts", XTS.class);
            file.size(); // makes the file derive its key if nothing has been read yet
            XTS current = (XTS) xtsField.getVolatile(file);
            if (current instanceof JceXts) {
                return true;
            }
            if (current == null) {
                return false;
            }
            BlockCipher cipher = (BlockCipher) MethodHandles.privateLookupIn(XTS.class, MethodHandles.lookup())
                    .findVarHandle(XTS.class, "cipher", BlockCipher.class).get(current);
            if (!(cipher instanceof AES aes)) {
                return false;
            }
            byte[] aesKey = keyOf(aes);
            JceXts fast;
            try {
                fast = new JceXts(aesKey, aes);
            } finally {
                Arrays.fill(aesKey, (byte) 0);
            }
            return fast.sameAs(current) && xtsField.compareAndSet(file, current, fast);
        } catch (ReflectiveOperationException | RuntimeException | java.io.IOException e) {
            return false;
        }
    }

    /** An AES-128 key schedule starts with the key itself, as four big-endian words. */
    private static byte[] keyOf(AES aes) throws ReflectiveOperationException {
        int[] schedule = (int[]) MethodHandles.privateLookupIn(AES.class, MethodHandles.lookup())
                .findVarHandle(AES.class, "encKey", int[].class).get(aes);
        byte[] aesKey = new byte[BLOCK];
        for (int i = 0; i < 4; i++) {
            int word = schedule[i];
            aesKey[4 * i] = (byte) (word >>> 24);
            aesKey[4 * i + 1] = (byte) (word >>> 16);
            aesKey[4 * i + 2] = (byte) (word >>> 8);
            aesKey[4 * i + 3] = (byte) word;
        }
        return aesKey;
    }

    /** Encrypts and decrypts random sectors both ways and compares every byte. */
    private boolean sameAs(XTS other) {
        // test pages, not key material: any random source will do
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < CHECK_SECTORS; i++) {
            long sector = i == 0 ? 0 : random.nextLong() >>> 20;
            byte[] plain = new byte[FileEncrypt.BLOCK_SIZE];
            random.nextBytes(plain);
            byte[] mine = plain.clone();
            byte[] theirs = plain.clone();
            encrypt(sector, mine.length, mine, 0);
            other.encrypt(sector, theirs.length, theirs, 0);
            if (!Arrays.equals(mine, theirs)) {
                return false;
            }
            decrypt(sector, mine.length, mine, 0);
            other.decrypt(sector, theirs.length, theirs, 0);
            if (!Arrays.equals(mine, plain) || !Arrays.equals(theirs, plain)) {
                return false;
            }
        }
        return true;
    }

    @Override
    void encrypt(long id, int len, byte[] data, int offset) {
        if (len % BLOCK != 0) {
            super.encrypt(id, len, data, offset);
            return;
        }
        lanes.get().run(true, id, len, data, offset);
    }

    @Override
    void decrypt(long id, int len, byte[] data, int offset) {
        if (len % BLOCK != 0) {
            super.decrypt(id, len, data, offset);
            return;
        }
        lanes.get().run(false, id, len, data, offset);
    }

    private Lane newLane() {
        try {
            Cipher encrypt = Cipher.getInstance("AES/ECB/NoPadding");
            encrypt.init(Cipher.ENCRYPT_MODE, key);
            Cipher decrypt = Cipher.getInstance("AES/ECB/NoPadding");
            decrypt.init(Cipher.DECRYPT_MODE, key);
            return new Lane(encrypt, decrypt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    /** One thread's ciphers and tweak buffer. */
    private static final class Lane {
        private final Cipher encrypt;
        private final Cipher decrypt;
        private byte[] tweaks = new byte[FileEncrypt.BLOCK_SIZE];

        Lane(Cipher encrypt, Cipher decrypt) {
            this.encrypt = encrypt;
            this.decrypt = decrypt;
        }

        /** XTS over {@code len} bytes (whole blocks): each block XORed with its tweak, AES, XORed again. */
        void run(boolean forward, long id, int len, byte[] data, int offset) {
            if (tweaks.length < len) {
                tweaks = new byte[len];
            }
            try {
                fillTweaks(id, len);
                xor(data, offset, len);
                int done = (forward ? encrypt : decrypt).update(data, offset, len, data, offset);
                if (done != len) {
                    throw new IllegalStateException("AES/ECB returned " + done + " of " + len + " bytes");
                }
                xor(data, offset, len);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES failed", e);
            }
        }

        /** The first tweak is the sector number (little-endian) encrypted; each next one is the last times x in GF(2^128). */
        private void fillTweaks(long id, int len) throws GeneralSecurityException {
            LONGS.set(tweaks, 0, id);
            LONGS.set(tweaks, 8, 0L);
            encrypt.update(tweaks, 0, BLOCK, tweaks, 0);
            long low = (long) LONGS.get(tweaks, 0);
            long high = (long) LONGS.get(tweaks, 8);
            for (int at = BLOCK; at < len; at += BLOCK) {
                long carry = high >>> 63;
                high = (high << 1) | (low >>> 63);
                low = (low << 1) ^ (carry * GF_128_FEEDBACK);
                LONGS.set(tweaks, at, low);
                LONGS.set(tweaks, at + 8, high);
            }
        }

        private void xor(byte[] data, int offset, int len) {
            for (int at = 0; at < len; at += 8) {
                LONGS.set(data, offset + at, (long) LONGS.get(data, offset + at) ^ (long) LONGS.get(tweaks, at));
            }
        }
    }
}

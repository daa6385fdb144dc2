package org.amparo.security;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The chain's MAC: HMAC-SHA256(key, prevMac || canonical(seq, at, actor, action, entityType, entityId)). Canonical
 * form: the sequence number as 8 big-endian bytes, the time as epoch microseconds (8 bytes; the column keeps
 * microseconds), then each text as a 4-byte length and its UTF-8 bytes (length -1 for a missing value). One instance
 * holds one initialised {@link Mac}: not thread-safe.
 */
final class AuditMac {

    static final String KEY_PURPOSE = "audit-hmac/v1";
    static final int LENGTH = 32;
    static final byte[] GENESIS = new byte[LENGTH];

    private final Mac mac;

    AuditMac(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The time as the chain keeps it (microseconds; the database column's precision). */
    static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    byte[] compute(byte[] prevMac, long seq, Instant at, String actor, String action, String entityType,
            String entityId) {
        mac.update(prevMac);
        mac.update(canonical(seq, at, actor, action, entityType, entityId));
        return mac.doFinal();
    }

    /** The MAC {@code entry} would have if it sat at {@code seq} after a row whose MAC it stores as previous. */
    byte[] expected(AuditEntry entry, long seq) {
        return compute(entry.prevMac(), seq, entry.at(), entry.actor(), entry.action(), entry.entityType(),
                entry.entityId());
    }

    /** Whether {@code entry}'s MAC is right for its own fields, its stored previous MAC and position {@code seq}. */
    boolean authenticAt(AuditEntry entry, long seq) {
        return entry.hasMac(expected(entry, seq));
    }

    static byte[] canonical(long seq, Instant at, String actor, String action, String entityType, String entityId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96);
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        out.writeBytes(ByteBuffer.allocate(16).putLong(seq).putLong(micros).array());
        for (String text : new String[] {actor, action, entityType, entityId}) {
            if (text == null) {
                out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static byte[] unhex(String hex) {
        return hex.isEmpty() ? GENESIS.clone() : HexFormat.of().parseHex(hex);
    }
}

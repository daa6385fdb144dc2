package org.amparo.security;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** Turns a {@link KeySlotFile} into checksummed bytes and back, rejecting any damaged byte. */
final class KeySlotCodec {

    private static final byte[] TRAILER_START = ",\n  \"sha256\" : \"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRAILER_END = "\"\n}\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HASH_HEX = 64;
    /** The one optional field (absent until the key is first rotated); every other field must be present. */
    private static final String DATABASE_KEY = "database_key";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private KeySlotCodec() {
    }

    static byte[] encode(KeySlotFile file) {
        byte[] body;
        try {
            body = MAPPER.writeValueAsBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int closing = lastIndexOf(body, (byte) '}');
        return seal(Arrays.copyOf(body, closing));
    }

    /** The body (a JSON object missing its closing brace) followed by its checksum trailer. */
    static byte[] seal(byte[] openBody) {
        byte[] hash = HexFormat.of().formatHex(sha256(openBody)).getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[openBody.length + TRAILER_START.length + hash.length + TRAILER_END.length];
        int at = 0;
        for (byte[] part : new byte[][] {openBody, TRAILER_START, hash, TRAILER_END}) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    /** The parsed file; throws {@link DamagedSlotFileException} for a bad checksum, bad JSON or a bad value. */
    static KeySlotFile decode(byte[] bytes) throws DamagedSlotFileException {
        int trailer = bytes.length - TRAILER_END.length - HASH_HEX - TRAILER_START.length;
        if (trailer < 1 || !regionEquals(bytes, trailer, TRAILER_START)
                || !regionEquals(bytes, bytes.length - TRAILER_END.length, TRAILER_END)) {
            throw new DamagedSlotFileException("checksum trailer missing");
        }
        String storedHash = new String(bytes, trailer + TRAILER_START.length, HASH_HEX, StandardCharsets.US_ASCII);
        byte[] openBody = Arrays.copyOf(bytes, trailer);
        if (!HexFormat.of().formatHex(sha256(openBody)).equals(storedHash)) {
            throw new DamagedSlotFileException("checksum mismatch");
        }
        byte[] body = Arrays.copyOf(openBody, openBody.length + 1);
        body[openBody.length] = '}';
        try {
            JsonNode tree = MAPPER.readTree(body);
            if (tree instanceof ObjectNode object && !object.has(DATABASE_KEY)) {
                object.putNull(DATABASE_KEY);
            }
            return MAPPER.treeToValue(tree, KeySlotFile.class);
        } catch (IOException | RuntimeException e) {
            throw new DamagedSlotFileException("unreadable content: " + e.getClass().getSimpleName());
        }
    }

    private static boolean regionEquals(byte[] bytes, int from, byte[] expected) {
        return from >= 0 && Arrays.equals(bytes, from, from + expected.length, expected, 0, expected.length);
    }

    private static int lastIndexOf(byte[] bytes, byte wanted) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new IllegalStateException("not a JSON object");
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A slot file that cannot be trusted: damaged on disk or not a slot file at all. */
    static final class DamagedSlotFileException extends Exception {
        private static final long serialVersionUID = 1L;

        DamagedSlotFileException(String message) {
            super(message);
        }
    }
}

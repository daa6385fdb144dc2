package org.amparo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.amparo.security.KeySlotCodec.DamagedSlotFileException;
import org.junit.jupiter.api.Test;

class KeySlotTest {

    private static final KdfParams CHEAP = new KdfParams(KdfParams.ARGON2ID, 1024, 1, 1);
    private static final String VAULT_ID = "00000000-0000-4000-8000-00000000demo";
    private static final char[] RIGHT = "Prueba-Rio-Azul-73".toCharArray();
    private final SecureRandom random = new SecureRandom();
    private final byte[] databaseKey = randomKey();

    @Test
    void withRealArgon2ParametersOnlyTheRightPasswordYieldsTheKey() {
        KeySlot slot = KeySlot.seal(SlotKind.USER, "Ana Ejemplo", RIGHT, databaseKey, KdfParams.DEFAULT, VAULT_ID,
                random);

        assertThat(slot.kdf().memoryKib()).isGreaterThanOrEqualTo(64 * 1024);
        assertThat(slot.kdf().iterations()).isGreaterThanOrEqualTo(3);
        assertThat(slot.unwrap(RIGHT, VAULT_ID)).hasValueSatisfying(k -> assertThat(k).isEqualTo(databaseKey));
        for (String wrong : List.of("prueba-Rio-Azul-73", "Prueba-Rio-Azul-73 ", "")) {
            assertThat(slot.unwrap(wrong.toCharArray(), VAULT_ID)).as(wrong).isEmpty();
        }
    }

    @Test
    void manyWrongPasswordsNeverYieldAKey() {
        KeySlot slot = KeySlot.seal(SlotKind.USER, "Ana Ejemplo", RIGHT, databaseKey, CHEAP, VAULT_ID, random);
        for (int i = 0; i < 200; i++) {
            char[] guess = ("Prueba-Rio-Verde-" + i).toCharArray();
            assertThat(slot.unwrap(guess, VAULT_ID)).as("guess %s", i).isEmpty();
        }
    }

    @Test
    void aSlotMovedToAnotherVaultDoesNotOpen() {
        KeySlot slot = KeySlot.seal(SlotKind.USER, "Ana Ejemplo", RIGHT, databaseKey, CHEAP, VAULT_ID, random);

        assertThat(slot.unwrap(RIGHT, "11111111-0000-4000-8000-00000000demo")).isEmpty();
    }

    @Test
    void everySingleByteChangeOfAStoredSlotIsDetectedByTheChecksum() throws Exception {
        byte[] file = KeySlotCodec.encode(oneSlotFile());
        int[] region = slotRegion(file);
        assertThat(KeySlotCodec.decode(file).slots()).hasSize(1);

        for (int i = region[0]; i < region[1]; i++) {
            byte[] damaged = file.clone();
            damaged[i] ^= 0x01;
            int at = i;
            assertThatThrownBy(() -> KeySlotCodec.decode(damaged)).as("byte %d", at)
                    .isInstanceOf(DamagedSlotFileException.class);
        }
    }

    /** Someone who rewrites the checksum too still cannot change a slot: the GCM tag covers header and key. */
    @Test
    void everySingleByteChangeOfAResealedSlotNeverYieldsTheKey() throws Exception {
        byte[] file = KeySlotCodec.encode(oneSlotFile());
        int[] region = slotRegion(file);
        byte[] openBody = Arrays.copyOf(file, openBodyLength(file));

        int rejectedAsUnreadable = 0;
        for (int i = region[0]; i < region[1]; i++) {
            byte[] changed = openBody.clone();
            changed[i] ^= 0x01;
            Optional<KeySlotFile> decoded = tryDecode(KeySlotCodec.seal(changed));
            if (decoded.isEmpty()) {
                rejectedAsUnreadable++;
                continue;
            }
            KeySlot slot = decoded.get().slots().get(0);
            assertThat(slot.unwrap(RIGHT, decoded.get().vaultId())).as("byte %d", i).isEmpty();
        }
        assertThat(rejectedAsUnreadable).isLessThan(region[1] - region[0]);
    }

    @Test
    void anUntouchedFileRoundTrips() throws Exception {
        KeySlotFile original = oneSlotFile();

        KeySlotFile decoded = KeySlotCodec.decode(KeySlotCodec.encode(original));

        assertThat(decoded).isEqualTo(original);
        assertThat(decoded.slots().get(0).unwrap(RIGHT, VAULT_ID)).isPresent();
    }

    private KeySlotFile oneSlotFile() {
        KeySlot slot = KeySlot.seal(SlotKind.USER, "Ana Ejemplo", RIGHT, databaseKey, CHEAP, VAULT_ID, random);
        return KeySlotFile.of(VAULT_ID, List.of(slot));
    }

    private static Optional<KeySlotFile> tryDecode(byte[] bytes) {
        try {
            return Optional.of(KeySlotCodec.decode(bytes));
        } catch (DamagedSlotFileException e) {
            return Optional.empty();
        }
    }

    /** From the slot's opening brace to just after its closing brace. */
    private static int[] slotRegion(byte[] file) {
        String text = new String(file, StandardCharsets.US_ASCII);
        int start = text.indexOf('{', text.indexOf("\"slots\""));
        int end = text.indexOf("\"wrapped_key\"", start);
        end = text.indexOf('}', end) + 1;
        return new int[] {start, end};
    }

    private static int openBodyLength(byte[] file) {
        return new String(file, StandardCharsets.US_ASCII).lastIndexOf(",\n  \"sha256\"");
    }

    private byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}

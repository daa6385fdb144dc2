package org.amparo.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The key-slot file of a vault: {@code keyslots.json}, its copy {@code keyslots.json.bak}, and
 * {@code recovery-slot.json} (the same format holding only the recovery slot, so the recovery code still opens the
 * vault when both slot files are damaged).
 *
 * <h2>Format {@code amparo-keyslots/1}</h2>
 * <pre>{@code
 * {
 *   "format" : "amparo-keyslots/1",
 *   "vault_id" : "6f1c…",                    // random UUID, bound into every slot's associated data
 *   "throttle" : { "failures" : 2, "last_failure" : "2026-11-22T04:40:00Z" },   // null time when 0 failures
 *   "slots" : [ {
 *     "version" : 1,
 *     "kind" : "USER",                       // USER or RECOVERY
 *     "user" : "Ana Ejemplo",                // "" for RECOVERY
 *     "kdf" : { "algorithm" : "argon2id", "memory_kib" : 65536, "iterations" : 3, "parallelism" : 1 },
 *     "salt" : "<16 bytes hex>",
 *     "nonce" : "<12 bytes hex>",
 *     "wrapped_key" : "<48 bytes hex: AES-256-GCM of the 32-byte database key, 16-byte tag last>"
 *   } ]
 * ,
 *   "sha256" : "<64 hex>"
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>Key wrapping.</b> Argon2id(secret, salt, kdf) gives a 256-bit key-encryption key; it unwraps
 *       {@code wrapped_key} with AES-256-GCM, nonce {@code nonce}, and as associated data a binary header of
 *       "amparo-keyslot", version, kind, vault id, user, kdf parameters, salt and nonce
 *       ({@link KeySlot#associatedData}). A wrong secret or any change to a slot fails the GCM tag.</li>
 *   <li><b>Checksum.</b> The file is the JSON body (without its closing brace) followed by the exact trailer
 *       {@code ,\n  "sha256" : "<hex>"\n}\n}, where the hex is SHA-256 of every byte before the trailer. Any
 *       changed byte, including whitespace, makes the file "damaged" and the copy is used instead. The checksum is
 *       not keyed: it catches damage, not an attacker (the slots' GCM tags do that).</li>
 *   <li><b>Throttle.</b> The failure counter and the time of the last failure are stored here, so they survive
 *       restarts; a failure is counted before the password is checked and cleared after a success, so killing
 *       Amparo mid-check does not skip the count. The counter is only as strong as the checksum: someone who can
 *       write to the vault folder can reset it, but such a person can also copy the file and guess offline, where
 *       only Argon2id's cost protects the passwords. The counter slows guessing through Amparo itself.</li>
 *   <li><b>Database key ({@code amparo-keyslots/2}).</b> After an administrator rotated the database key, the
 *       file is {@code amparo-keyslots/2} and also holds {@code "database_key" : {"generation", "nonce",
 *       "wrapped_key"}} ({@link DatabaseKeyWrap}): the H2 file key, wrapped under a key derived from the vault key
 *       that every slot unwraps. Keys derived for other purposes (audit MAC, backups) come from the vault key, so
 *       they do not change on rotation.</li>
 *   <li><b>Writing.</b> Temp file in the same folder, fsync, atomic rename over the target, fsync of the folder;
 *       first {@code keyslots.json}, then {@code keyslots.json.bak}.</li>
 * </ul>
 */
@JsonPropertyOrder({"format", "vault_id", "throttle", "slots", "database_key"})
public record KeySlotFile(String format, String vaultId, Throttle throttle, List<KeySlot> slots,
                          @JsonInclude(JsonInclude.Include.NON_NULL) DatabaseKeyWrap databaseKey) {

    public static final String FORMAT = "amparo-keyslots/1";
    /** The format of a vault whose database key was rotated: as /1 plus {@code database_key}. */
    public static final String FORMAT_ROTATED = "amparo-keyslots/2";

    public KeySlotFile {
        if (!(databaseKey == null ? FORMAT : FORMAT_ROTATED).equals(format)) {
            throw new IllegalArgumentException("unknown key-slot format " + format);
        }
        if (vaultId == null || vaultId.isBlank() || throttle == null || slots == null || slots.isEmpty()) {
            throw new IllegalArgumentException("incomplete key-slot file");
        }
        slots = List.copyOf(slots);
    }

    static KeySlotFile of(String vaultId, List<KeySlot> slots) {
        return new KeySlotFile(FORMAT, vaultId, Throttle.NONE, slots, null);
    }

    /** This file with the database key wrapped as {@code wrap} (a rotation). */
    KeySlotFile withDatabaseKey(DatabaseKeyWrap wrap) {
        return new KeySlotFile(FORMAT_ROTATED, vaultId, throttle, slots, wrap);
    }

    /** The generation of the database key: 0 until the first rotation. */
    int keyGeneration() {
        return databaseKey == null ? 0 : databaseKey.generation();
    }

    /**
     * The key of the H2 file for {@code vaultKey} (what a slot unwraps): the vault key itself until the first
     * rotation, then the wrapped database key. Empty if the wrapped key does not authenticate. The caller wipes it.
     */
    Optional<byte[]> fileKey(byte[] vaultKey) {
        return databaseKey == null ? Optional.of(vaultKey.clone()) : databaseKey.unwrap(vaultKey, vaultId);
    }

    Optional<KeySlot> userSlot(String userName) {
        return slots.stream().filter(s -> s.belongsTo(userName)).findFirst();
    }

    Optional<KeySlot> recoverySlot() {
        return slots.stream().filter(s -> s.kind() == SlotKind.RECOVERY).findFirst();
    }

    /** The cost of the first slot, so a check against the decoy slot takes as long as against a real one. */
    KdfParams typicalKdf() {
        return slots.get(0).kdf();
    }

    KeySlotFile withThrottle(Throttle newThrottle) {
        return new KeySlotFile(format, vaultId, newThrottle, slots, databaseKey);
    }

    /** This file without {@code user}'s slot; empty if she has none. */
    Optional<KeySlotFile> withoutUser(String user) {
        List<KeySlot> kept = slots.stream().filter(s -> !s.belongsTo(user)).toList();
        return kept.size() == slots.size() ? Optional.empty()
                : Optional.of(new KeySlotFile(format, vaultId, throttle, kept, databaseKey));
    }

    /** This file with {@code slot} added, replacing any slot of the same user (or the recovery slot). */
    KeySlotFile withSlot(KeySlot slot) {
        List<KeySlot> updated = new ArrayList<>();
        for (KeySlot existing : slots) {
            boolean replaced = slot.kind() == SlotKind.RECOVERY
                    ? existing.kind() == SlotKind.RECOVERY
                    : existing.belongsTo(slot.user());
            if (!replaced) {
                updated.add(existing);
            }
        }
        updated.add(slot);
        return new KeySlotFile(format, vaultId, throttle, updated, databaseKey);
    }
}

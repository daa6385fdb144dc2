package org.amparo.security;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.amparo.platform.db.Transactions;

/**
 * The audit chain: each entry's MAC is HMAC-SHA256 over the previous entry's MAC and the entry's canonical form
 * ({@link AuditMac}), keyed by {@code VaultService.derivedKey("audit-hmac/v1")}. An entry is appended at the end of
 * the caller's transaction ({@link Transactions#beforeCommit}), inside it, and holds the chain's head lock until it
 * commits: concurrent appenders queue rather than fork the chain, and as that lock is always a transaction's last, two
 * writers never deadlock over it. Entries name the actor (the signed-in user), the action and the entity; never field values.
 */
@Singleton
public final class HmacAuditLog implements AuditLog {

    /** The actor of entries nobody signed in made (failed sign-ins). */
    public static final String UNKNOWN_ACTOR = "(unknown)";
    private static final int MAX_ACTOR = 100;
    private static final int MAX_TYPE = 40;
    private static final int MAX_ID = 100;

    private final VaultService vault;
    private final AuditStore store;
    private final Transactions transactions;
    private final Clock clock;

    @Inject
    public HmacAuditLog(VaultService vault, AuditStore store, Transactions transactions) {
        this(vault, store, transactions, Clock.systemUTC());
    }

    HmacAuditLog(VaultService vault, AuditStore store, Transactions transactions, Clock clock) {
        this.vault = vault;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void record(AuditAction action, String entityType, String entityId) {
        String actor = vault.currentUser().orElseThrow(() -> new IllegalStateException("The vault is locked"));
        recordAs(actor, action, entityType, entityId);
    }

    /** Appends an entry on behalf of {@code actor} (for events with no signed-in user, such as failed sign-ins). */
    void recordAs(String actor, AuditAction action, String entityType, String entityId) {
        check(actor, MAX_ACTOR, "actor");
        check(entityType, MAX_TYPE, "entity type");
        check(entityId, MAX_ID, "entity id");
        appendAtCommit(actor, action, entityType, Collections.singletonList(entityId));
    }

    /** One head lock, one key derivation and one batch of inserts for all the entries (same chain as one by one). */
    @Override
    public void recordAll(AuditAction action, String entityType, List<String> entityIds) {
        if (entityIds.isEmpty()) {
            return;
        }
        String actor = vault.currentUser().orElseThrow(() -> new IllegalStateException("The vault is locked"));
        check(entityType, MAX_TYPE, "entity type");
        entityIds.forEach(id -> check(id, MAX_ID, "entity id"));
        appendAtCommit(actor, action, entityType, entityIds);
    }

    /** Appends the entries at the end of the caller's transaction (or at once in one of their own without one). */
    private void appendAtCommit(String actor, AuditAction action, String entityType, List<String> entityIds) {
        List<String> ids = new ArrayList<>(entityIds);
        transactions.beforeCommit(() -> {
            byte[] key = vault.derivedKey(AuditMac.KEY_PURPOSE);
            try {
                appendAll(new AuditMac(key), actor, action.name(), entityType, ids);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        });
    }

    private void appendAll(AuditMac mac, String actor, String action, String entityType, List<String> entityIds) {
        Optional<AuditEntry> head = store.lockHead();
        long seq = head.map(AuditEntry::seq).orElse(0L);
        byte[] prevMac = head.map(AuditEntry::mac).orElse(AuditMac.GENESIS);
        List<AuditEntry> entries = new ArrayList<>(entityIds.size());
        for (String entityId : entityIds) {
            seq++;
            var at = AuditMac.truncate(clock.instant());
            byte[] entryMac = mac.compute(prevMac, seq, at, actor, action, entityType, entityId);
            entries.add(new AuditEntry(seq, at, actor, action, entityType, entityId, prevMac, entryMac));
            prevMac = entryMac;
        }
        store.appendAll(entries);
    }

    @Override
    public AuditAnchor head() {
        return store.newest().map(AuditEntry::anchor).orElse(AuditAnchor.EMPTY);
    }

    private static void check(String value, int max, String what) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException("audit " + what + " longer than " + max);
        }
    }
}

package org.amparo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.amparo.platform.db.Database;
import org.amparo.security.AuditVerification.Break;
import org.amparo.security.AuditVerification.Status;
import org.amparo.security.data.JooqAuditStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Proof for issue 7's audit claim (figures in {@code target/proof/audit.txt}): random tamperings of each kind, made with raw SQL by someone without the key, are
 * all detected, at the right sequence number and with the right kind. Chains have a random length (2 to 150). Runs
 * {@value #DEFAULT_PER_KIND} tamperings per kind in {@code mvn verify}; {@code -Damparo.audit.tamperings=1000} runs
 * the full proof.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTamperProofTest {

    private static final int DEFAULT_PER_KIND = 100;
    private static final int PER_KIND = Integer.getInteger("amparo.audit.tamperings", DEFAULT_PER_KIND);
    private static final int LONGEST = 150;
    private static final String[] COLUMNS = {"at", "actor", "action", "entity_type", "entity_id", "prev_mac", "mac"};

    private final Database db = AuditTestDatabases.pooled();
    private final KeyedTestVault vault = new KeyedTestVault(new byte[32], "Advocate Demo-1");
    private final JooqAuditStore store = new JooqAuditStore(db);
    private final HmacAuditLog log = new HmacAuditLog(vault, store, db);
    private final AuditVerifier verifier = new AuditVerifier(vault, store);
    private List<AuditEntry> master;

    @BeforeAll
    void buildMasterChain() {
        Random random = new Random(7);
        AuditAction[] actions = AuditAction.values();
        for (int i = 0; i < LONGEST; i++) {
            vault.signIn("Advocate Demo-" + random.nextInt(5));
            log.record(actions[random.nextInt(actions.length)], random.nextBoolean() ? "CLIENT" : "CASE",
                    random.nextInt(4) == 0 ? null : String.valueOf(random.nextInt(100_000)));
        }
        master = store.page(0, LONGEST);
        assertThat(master).hasSize(LONGEST);
    }

    @Test
    void untouchedChainsOfEveryLengthVerify() {
        for (int n = 0; n <= LONGEST; n += 7) {
            reset(n);
            AuditAnchor head = n == 0 ? AuditAnchor.EMPTY : master.get(n - 1).anchor();
            AuditVerification result = verifier.verify(Optional.of(head));
            assertThat(result.status()).as("length %d", n).isEqualTo(Status.INTACT);
            assertThat(result.checked()).isEqualTo(n);
            assertThat(result.verifiedThrough()).isEqualTo(head);
            assertThat(log.head()).isEqualTo(head);
        }
    }

    @ParameterizedTest
    @EnumSource(TamperKind.class)
    void everyRandomTamperingIsDetectedWithItsKind(TamperKind kind) {
        Random random = new Random(1_000L + kind.ordinal());
        List<String> wrong = new ArrayList<>();
        long started = System.nanoTime();
        for (int trial = 0; trial < PER_KIND; trial++) {
            int n = 2 + random.nextInt(LONGEST - 1);
            reset(n);
            AuditAnchor anchor = master.get(n - 1).anchor();
            Break expected = tamper(kind, n, random);
            AuditVerification result = verifier.verify(Optional.of(anchor));
            if (!result.tampered() || !result.firstBreak().orElseThrow().equals(expected)) {
                wrong.add("trial " + trial + " n=" + n + " expected " + expected + " got " + result);
            }
        }
        AuditProofReport.line(String.format("tampering proof: %d x %s on chains of 2..%d: %d detected with the right"
                + " kind, %d ms", PER_KIND, kind, LONGEST, PER_KIND - wrong.size(),
                (System.nanoTime() - started) / 1_000_000));
        assertThat(wrong).as("tamperings not detected as %s", kind).isEmpty();
    }

    private Break tamper(TamperKind kind, int n, Random random) {
        return switch (kind) {
            case CHANGED -> change(n, random);
            case DELETED -> delete(n, random);
            case REORDERED -> swap(n, random);
            case INSERTED -> insert(n, random);
            case TAIL_CUT -> cutTail(n, random);
        };
    }

    /** One column of one row gets another value. */
    private Break change(int n, Random random) {
        int k = 1 + random.nextInt(n);
        AuditEntry row = master.get(k - 1);
        String column = COLUMNS[random.nextInt(COLUMNS.length)];
        Object value = switch (column) {
            case "at" -> row.at().plusSeconds(1 + random.nextInt(1_000_000)).atOffset(java.time.ZoneOffset.UTC);
            case "actor" -> "Mallory Demo-" + random.nextInt(1000);
            case "action" -> AuditAction.values()[(AuditAction.valueOf(row.action()).ordinal() + 1
                    + random.nextInt(AuditAction.values().length - 1)) % AuditAction.values().length].name();
            case "entity_type" -> "USER";
            case "entity_id" -> row.entityId() == null ? "1" : row.entityId() + random.nextInt(10);
            case "prev_mac" -> flipBit(row.prevMac(), random);
            default -> flipBit(row.mac(), random);
        };
        sql("UPDATE audit_log SET " + column + " = ? WHERE seq = ?", value, k);
        return new Break(k, TamperKind.CHANGED);
    }

    /** One to three rows before the last are deleted; half the time the later rows are renumbered to hide the gap. */
    private Break delete(int n, Random random) {
        int k = 1 + random.nextInt(n - 1);
        int m = 1 + random.nextInt(Math.min(3, n - k));
        sql("DELETE FROM audit_log WHERE seq BETWEEN ? AND ?", k, k + m - 1);
        if (random.nextBoolean()) {
            renumberFrom(k + m, -m);
        }
        return new Break(k, TamperKind.DELETED);
    }

    /** Two rows exchange their sequence numbers. */
    private Break swap(int n, Random random) {
        int i = 1 + random.nextInt(n - 1);
        int j = i + 1 + random.nextInt(n - i);
        sql("UPDATE audit_log SET seq = -1 WHERE seq = ?", i);
        sql("UPDATE audit_log SET seq = ? WHERE seq = ?", i, j);
        sql("UPDATE audit_log SET seq = ? WHERE seq = -1", j);
        return new Break(i, TamperKind.REORDERED);
    }

    /** A forged row goes in before row k (later rows renumbered up); half the time it copies the previous MAC. */
    private Break insert(int n, Random random) {
        int k = 1 + random.nextInt(n);
        renumberFrom(k, 1);
        byte[] prev = random.nextBoolean() ? (k == 1 ? new byte[32] : master.get(k - 2).mac()) : randomBytes(random);
        sql("INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, prev_mac, mac) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", k, master.get(k - 1).at().atOffset(java.time.ZoneOffset.UTC),
                "Advocate Demo-1", "EXPORT", "CLIENT", String.valueOf(random.nextInt(1000)), prev,
                randomBytes(random));
        return new Break(k, TamperKind.INSERTED);
    }

    /**
     * Rows from k on are deleted; half the time the app then goes on writing genuine entries (the anchor's entry is
     * replaced by another).
     */
    private Break cutTail(int n, Random random) {
        int k = 1 + random.nextInt(n);
        sql("DELETE FROM audit_log WHERE seq >= ?", k);
        int last = k - 1;
        if (random.nextBoolean()) {
            int regrown = 1 + random.nextInt(n - k + 3);
            for (int i = 0; i < regrown; i++) {
                log.record(AuditAction.SIGN_IN, "SESSION", null);
            }
            last += regrown;
        }
        return new Break(last < n ? last + 1 : n, TamperKind.TAIL_CUT);
    }

    private void renumberFrom(int from, int by) {
        sql("UPDATE audit_log SET seq = -seq WHERE seq >= ?", from);
        sql("UPDATE audit_log SET seq = -seq + ? WHERE seq < 0", by);
    }

    private void reset(int n) {
        sql("DELETE FROM audit_log");
        store.appendAll(master.subList(0, n));
    }

    private void sql(String sql, Object... binds) {
        db.dsl().execute(sql, binds);
    }

    private static byte[] flipBit(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        int bit = random.nextInt(copy.length * 8);
        copy[bit / 8] ^= (byte) (1 << (bit % 8));
        return copy;
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return bytes;
    }

    @Test
    void aForgedEntryAppendedAtTheEndIsReportedAsAChangedLastRow() {
        reset(10);
        sql("INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, prev_mac, mac) "
                + "VALUES (11, CURRENT_TIMESTAMP, 'Advocate Demo-1', 'EXPORT', 'CLIENT', '7', ?, ?)",
                master.get(9).mac(), HexFormat.of().parseHex("00".repeat(32)));
        AuditVerification result = verifier.verify(Optional.empty());
        assertThat(result.firstBreak()).contains(new Break(11, TamperKind.CHANGED));
        assertThat(Instant.now()).isAfter(master.get(9).at());
    }
}

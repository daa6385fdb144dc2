package org.amparo.security;

import static org.amparo.db.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.amparo.platform.db.Database;
import org.amparo.security.AuditVerification.Status;
import org.amparo.security.data.JooqAuditStore;
import org.jooq.BatchBindStep;
import org.junit.jupiter.api.Test;

/**
 * How long a full check of a long chain takes, and that the unlock check's budget stops it in time and a later check
 * finishes it. {@value #DEFAULT_ENTRIES} entries in {@code mvn verify}; {@code -Damparo.audit.entries=100000} for the
 * figure in the issue. Figures go to {@code target/proof/audit.txt}.
 */
class AuditVerifySpeedTest {

    private static final int DEFAULT_ENTRIES = 20_000;
    private static final int ENTRIES = Integer.getInteger("amparo.audit.entries", DEFAULT_ENTRIES);

    private final Database db = AuditTestDatabases.pooled();
    private final KeyedTestVault vault = new KeyedTestVault(new byte[] {9}, "Advocate Demo-1");
    private final JooqAuditStore store = new JooqAuditStore(db);
    private final AuditVerifier verifier = new AuditVerifier(vault, store);

    @Test
    void aLongChainIsCheckedWithinTheBudgetAndFinishedOnDemand() {
        AuditAnchor head = fill(ENTRIES);

        AuditVerification full = verifier.verify(Optional.of(head));
        assertThat(full.status()).isEqualTo(Status.INTACT);
        assertThat(full.checked()).isEqualTo(ENTRIES);
        AuditProofReport.line(String.format("verified %d entries in %d ms (%.1f µs per entry)", ENTRIES,
                full.elapsed().toMillis(), full.elapsed().toNanos() / 1000.0 / ENTRIES));

        AuditVerification budgeted = verifier.verify(AuditAnchor.EMPTY, Optional.of(head), Duration.ofMillis(50));
        assertThat(budgeted.status()).isIn(Status.UNFINISHED, Status.INTACT);
        AuditVerification rest = verifier.verify(budgeted.verifiedThrough(), Optional.of(head), null);
        assertThat(rest.status()).isEqualTo(Status.INTACT);
        assertThat(budgeted.checked() + rest.checked()).isEqualTo(ENTRIES);
    }

    /** A genuine chain of {@code count} entries, written in batches (MACs as {@link HmacAuditLog} computes them). */
    private AuditAnchor fill(int count) {
        AuditMac mac = new AuditMac(vault.derivedKey(AuditMac.KEY_PURPOSE));
        byte[] prev = AuditMac.GENESIS;
        Instant at = AuditMac.truncate(Instant.parse("2026-01-05T10:00:00Z"));
        int seq = 0;
        while (seq < count) {
            int batchEnd = Math.min(count, seq + 5_000);
            byte[][] last = {prev};
            int from = seq;
            db.transaction(ctx -> {
                BatchBindStep batch = ctx.batch(ctx.insertInto(AUDIT_LOG, AUDIT_LOG.SEQ, AUDIT_LOG.AT, AUDIT_LOG.ACTOR,
                        AUDIT_LOG.ACTION, AUDIT_LOG.ENTITY_TYPE, AUDIT_LOG.ENTITY_ID, AUDIT_LOG.PREV_MAC, AUDIT_LOG.MAC)
                        .values((Long) null, null, null, null, null, null, null, null));
                for (long s = from + 1; s <= batchEnd; s++) {
                    Instant when = at.plusSeconds(s);
                    String id = String.valueOf(s % 977);
                    byte[] m = mac.compute(last[0], s, when, "Advocate Demo-1", "READ_PROTECTED", "CLIENT", id);
                    batch.bind(s, when.atOffset(ZoneOffset.UTC), "Advocate Demo-1", "READ_PROTECTED", "CLIENT", id,
                            last[0], m);
                    last[0] = m;
                }
                batch.execute();
            });
            prev = last[0];
            seq = batchEnd;
        }
        return store.newest().orElseThrow().anchor();
    }
}

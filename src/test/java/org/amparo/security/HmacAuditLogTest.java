package org.amparo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.amparo.platform.db.Database;
import org.amparo.security.AuditVerification.Status;
import org.amparo.security.data.JooqAuditStore;
import org.junit.jupiter.api.Test;

/** The chain as the services use it: one entry per record, in the caller's transaction, never forked. */
class HmacAuditLogTest {

    private final Database db = AuditTestDatabases.pooled();
    private final KeyedTestVault vault = new KeyedTestVault(new byte[] {1, 2, 3}, "Advocate Demo-1");
    private final JooqAuditStore store = new JooqAuditStore(db);
    private final HmacAuditLog log = new HmacAuditLog(vault, store, db);
    private final AuditVerifier verifier = new AuditVerifier(vault, store);

    @Test
    void entriesNameWhoWhatAndWhichEntityInSequence() {
        log.record(AuditAction.SIGN_IN, "SESSION", null);
        vault.signIn("Attorney Demo-2");
        log.record(AuditAction.EXPORT, "CASE", "2026-0007");

        List<AuditEntry> entries = store.page(0, 10);
        assertThat(entries).extracting(AuditEntry::seq).containsExactly(1L, 2L);
        assertThat(entries).extracting(AuditEntry::actor).containsExactly("Advocate Demo-1", "Attorney Demo-2");
        assertThat(entries).extracting(AuditEntry::action).containsExactly("SIGN_IN", "EXPORT");
        assertThat(entries.get(1).entityId()).isEqualTo("2026-0007");
        assertThat(entries.get(1).linksTo(entries.get(0).mac())).isTrue();
        assertThat(log.head()).isEqualTo(entries.get(1).anchor());
        assertThat(verifier.verify(Optional.of(log.head())).status()).isEqualTo(Status.INTACT);
    }

    @Test
    void aBulkRecordAppendsOneChainedEntryPerIdInOrder() {
        log.record(AuditAction.SIGN_IN, "SESSION", null);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 1_500; i++) {
            ids.add(String.valueOf(i));
        }
        log.recordAll(AuditAction.IMPORT, "client_case", ids);
        log.record(AuditAction.SIGN_OUT, "SESSION", null);

        List<AuditEntry> entries = store.page(0, 2_000);
        assertThat(entries).hasSize(1_502);
        assertThat(entries).extracting(AuditEntry::seq).startsWith(1L, 2L, 3L).endsWith(1_501L, 1_502L);
        assertThat(entries.subList(1, 1_501)).extracting(AuditEntry::entityId).containsExactlyElementsOf(ids);
        assertThat(entries.subList(1, 1_501)).extracting(AuditEntry::action).containsOnly("IMPORT");
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).linksTo(entries.get(i - 1).mac())).isTrue();
        }
        assertThat(verifier.verify(Optional.of(log.head())).status()).isEqualTo(Status.INTACT);
    }

    @Test
    void aBulkRecordRollsBackWithTheChangeItRecords() {
        log.record(AuditAction.SIGN_IN, "SESSION", null);
        assertThatThrownBy(() -> db.inTransaction(() -> {
            log.recordAll(AuditAction.DELETE, "client", List.of("41", "42"));
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");
        log.recordAll(AuditAction.DELETE, "client", List.of());

        assertThat(store.page(0, 10)).extracting(AuditEntry::action).containsExactly("SIGN_IN");
        assertThat(verifier.verify(Optional.empty()).status()).isEqualTo(Status.INTACT);
    }

    @Test
    void anEntryRollsBackWithTheChangeItRecords() {
        log.record(AuditAction.SIGN_IN, "SESSION", null);
        assertThatThrownBy(() -> db.inTransaction(() -> {
            log.record(AuditAction.DELETE, "CLIENT", "42");
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");
        log.record(AuditAction.SIGN_OUT, "SESSION", null);

        assertThat(store.page(0, 10)).extracting(AuditEntry::action).containsExactly("SIGN_IN", "SIGN_OUT");
        assertThat(verifier.verify(Optional.empty()).status()).isEqualTo(Status.INTACT);
    }

    @Test
    void aLockedVaultRecordsNothing() {
        vault.lock();
        assertThatThrownBy(() -> log.record(AuditAction.EXPORT, "CASE", "1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void concurrentAppendersInsideTransactionsNeverForkTheChain() throws Exception {
        int threads = 4;
        int perThread = 60;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String id = String.valueOf(t);
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    db.inTransaction(() -> {
                        log.record(AuditAction.UPDATE, "CASE", id);
                        Thread.yield();
                        log.record(AuditAction.READ_PROTECTED, "CASE", id);
                    });
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        List<AuditEntry> entries = store.page(0, 10_000);
        assertThat(entries).hasSize(threads * perThread * 2);
        for (int i = 0; i < entries.size(); i += 2) {
            assertThat(entries.get(i).entityId()).as("a transaction's two entries are adjacent")
                    .isEqualTo(entries.get(i + 1).entityId());
        }
        AuditVerification result = verifier.verify(Optional.of(log.head()));
        assertThat(result.status()).isEqualTo(Status.INTACT);
        assertThat(result.checked()).isEqualTo(threads * perThread * 2L);
    }

    @Test
    void aWalkOutOfTimeStopsAndGoesOnWhereItStopped() {
        for (int i = 0; i < AuditVerifier.PAGE * 2 + 10; i++) {
            log.record(AuditAction.READ_PROTECTED, "CASE", String.valueOf(i));
        }
        AuditVerification first = verifier.verify(AuditAnchor.EMPTY, Optional.empty(), java.time.Duration.ZERO);
        assertThat(first.status()).isEqualTo(Status.UNFINISHED);
        assertThat(first.verifiedThrough().sequence()).isEqualTo(AuditVerifier.PAGE);

        AuditVerification rest = verifier.verify(first.verifiedThrough(), Optional.of(log.head()), null);
        assertThat(rest.status()).isEqualTo(Status.INTACT);
        assertThat(rest.checked()).isEqualTo(AuditVerifier.PAGE + 10L);
        assertThat(rest.verifiedThrough()).isEqualTo(log.head());
    }
}

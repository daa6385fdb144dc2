package org.amparo.security;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.amparo.security.AuditVerification.Break;
import org.amparo.security.AuditVerification.Status;

/**
 * Walks the audit chain in sequence order, a page at a time, recomputing every MAC, and reports the first broken
 * sequence number and how it was broken ({@link TamperKind}). A walk can stop when its time budget runs out and be
 * continued later from where it stopped. Given a trusted anchor (the last backup's audit head), it also detects a
 * chain cut short (or cut and regrown) after that anchor.
 *
 * <p>How a break is classified, at the first row {@code r} at position {@code k} that does not verify against the
 * verified prefix: a sequence number above {@code k} is a deletion (gap); below it, an insertion. Otherwise, if
 * {@code r} is genuine for some other position (its MAC verifies with another sequence number) it was moved: a
 * reordering when the row that really follows the prefix is still present later, a deletion (with renumbering) when
 * it is gone. A row genuine nowhere is a forgery: an insertion when the real next row is present later, else a
 * changed row.
 */
@Singleton
public final class AuditVerifier {

    static final int PAGE = 2_000;
    /** How far past the last sequence number a moved row's original position is searched (rows deleted + renumbered). */
    private static final int SEARCH_BEYOND = 256;

    private final VaultService vault;
    private final AuditStore store;

    @Inject
    public AuditVerifier(VaultService vault, AuditStore store) {
        this.vault = vault;
        this.store = store;
    }

    /** Walks the whole chain from its start with no time limit. */
    public AuditVerification verify(Optional<AuditAnchor> trusted) {
        return verify(AuditAnchor.EMPTY, trusted, null);
    }

    /**
     * Walks the chain after {@code from} (an anchor an earlier walk verified, or {@link AuditAnchor#EMPTY}), stopping
     * with {@code UNFINISHED} once {@code budget} has passed ({@code null}: no limit).
     */
    public AuditVerification verify(AuditAnchor from, Optional<AuditAnchor> trusted, Duration budget) {
        long started = System.nanoTime();
        long deadline = budget == null ? Long.MAX_VALUE : started + budget.toNanos();
        byte[] key = vault.derivedKey(AuditMac.KEY_PURPOSE);
        try {
            Walk walk = new Walk(new AuditMac(key), from);
            Optional<Break> broken = walk.run(deadline);
            Status status;
            if (broken.isPresent()) {
                status = Status.TAMPERED;
            } else if (!walk.finished) {
                status = Status.UNFINISHED;
            } else {
                broken = trusted.flatMap(anchor -> checkAnchor(anchor, walk.through));
                status = broken.isPresent() ? Status.TAMPERED : Status.INTACT;
            }
            return new AuditVerification(status, walk.through, walk.checked, broken,
                    Duration.ofNanos(System.nanoTime() - started));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The chain ends at {@code last}: the anchor's entry must be there with the anchor's MAC. */
    private Optional<Break> checkAnchor(AuditAnchor anchor, AuditAnchor last) {
        if (anchor.sequence() <= 0) {
            return Optional.empty();
        }
        if (anchor.sequence() > last.sequence()) {
            return Optional.of(new Break(last.sequence() + 1, TamperKind.TAIL_CUT));
        }
        boolean same = store.bySeq(anchor.sequence()).map(e -> e.anchor().macHex().equalsIgnoreCase(anchor.macHex()))
                .orElse(false);
        return same ? Optional.empty() : Optional.of(new Break(anchor.sequence(), TamperKind.TAIL_CUT));
    }

    /** One walk's state: the last verified entry and its MAC. */
    private final class Walk {

        private final AuditMac mac;
        private AuditAnchor through;
        private long throughSeq;
        private byte[] prevMac;
        private long checked;
        private boolean finished;

        Walk(AuditMac mac, AuditAnchor from) {
            this.mac = mac;
            this.through = from;
            this.throughSeq = from.sequence();
            this.prevMac = AuditMac.unhex(from.macHex());
        }

        Optional<Break> run(long deadline) {
            try {
                return walk(deadline);
            } finally {
                if (throughSeq != through.sequence()) {
                    through = new AuditAnchor(throughSeq, AuditMac.hex(prevMac));
                }
            }
        }

        private Optional<Break> walk(long deadline) {
            long after = throughSeq == 0 ? Long.MIN_VALUE : throughSeq;
            while (true) {
                List<AuditEntry> page = store.page(after, PAGE);
                for (AuditEntry entry : page) {
                    Optional<Break> broken = check(entry);
                    if (broken.isPresent()) {
                        return broken;
                    }
                }
                if (page.size() < PAGE) {
                    finished = true;
                    return Optional.empty();
                }
                after = throughSeq;
                if (System.nanoTime() - deadline > 0) {
                    return Optional.empty();
                }
            }
        }

        private Optional<Break> check(AuditEntry entry) {
            long expected = throughSeq + 1;
            if (entry.seq() > expected) {
                return Optional.of(new Break(expected, TamperKind.DELETED));
            }
            if (entry.seq() < expected) {
                return Optional.of(new Break(entry.seq(), TamperKind.INSERTED));
            }
            if (!entry.linksTo(prevMac) || !mac.authenticAt(entry, expected)) {
                return Optional.of(new Break(expected, classify(entry, expected)));
            }
            prevMac = entry.mac();
            throughSeq = entry.seq();
            checked++;
            return Optional.empty();
        }

        private TamperKind classify(AuditEntry entry, long position) {
            boolean realNextLater = store.linkedFromAfter(prevMac, position);
            if (originalPosition(entry, position).isPresent()) {
                return realNextLater ? TamperKind.REORDERED : TamperKind.DELETED;
            }
            return realNextLater ? TamperKind.INSERTED : TamperKind.CHANGED;
        }

        /** The position at which {@code entry} is genuine, other than {@code position}, if any. */
        private OptionalLong originalPosition(AuditEntry entry, long position) {
            long last = store.maxSeq() + SEARCH_BEYOND;
            for (long seq = 1; seq <= last; seq++) {
                if (seq != position && mac.authenticAt(entry, seq)) {
                    return OptionalLong.of(seq);
                }
            }
            return OptionalLong.empty();
        }
    }
}

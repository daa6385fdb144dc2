package org.amparo.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One row of the audit chain as stored: sequence number, time, who, what, which entity (type and id, never a field
 * value), the previous row's MAC and this row's MAC. {@code action} is kept as text so a row whose action was
 * tampered into an unknown name can still be read and reported.
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String entityType, String entityId,
        byte[] prevMac, byte[] mac) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        prevMac = prevMac.clone();
        mac = mac.clone();
    }

    @Override
    public byte[] prevMac() {
        return prevMac.clone();
    }

    @Override
    public byte[] mac() {
        return mac.clone();
    }

    /** Whether this row's stored previous MAC is {@code expected}. */
    public boolean linksTo(byte[] expected) {
        return Arrays.equals(prevMac, expected);
    }

    /** Whether this row's stored MAC is {@code expected} (constant time). */
    public boolean hasMac(byte[] expected) {
        return java.security.MessageDigest.isEqual(mac, expected);
    }

    /** This row as an anchor (its sequence number and hex MAC). */
    public AuditAnchor anchor() {
        return new AuditAnchor(seq, AuditMac.hex(mac));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditEntry e && seq == e.seq && at.equals(e.at) && actor.equals(e.actor)
                && action.equals(e.action) && Objects.equals(entityType, e.entityType)
                && Objects.equals(entityId, e.entityId) && Arrays.equals(prevMac, e.prevMac)
                && Arrays.equals(mac, e.mac);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seq) * 31 + Arrays.hashCode(mac);
    }

    @Override
    public String toString() {
        return "AuditEntry[" + seq + " " + at + " " + actor + " " + action + " " + entityType + "/" + entityId + "]";
    }
}

package org.amparo.security;

/** A point in the audit chain: the sequence number and hex MAC of one entry. */
public record AuditAnchor(long sequence, String macHex) {

    public static final AuditAnchor EMPTY = new AuditAnchor(0, "");
}

package org.amparo.security;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Until the audit chain of issue 7 is merged: entries go nowhere (a debug line with the action only). Replaced (and
 * deleted) by the real chain; nothing may depend on this class by name.
 */
@Singleton
final class InterimAuditLog implements AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(InterimAuditLog.class);

    @Override
    public void record(AuditAction action, String entityType, String entityId) {
        LOG.debug("audit {} {}", action, entityType);
    }

    @Override
    public AuditAnchor head() {
        return AuditAnchor.EMPTY;
    }
}

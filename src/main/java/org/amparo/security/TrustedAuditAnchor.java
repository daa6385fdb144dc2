package org.amparo.security;

import java.util.Optional;

/**
 * An audit anchor kept outside the vault's database (the last verified backup's manifest holds one): the chain must
 * still contain that entry, so a log cut short after it is detected. Bound optionally (Guice {@code OptionalBinder});
 * without a binding the chain is checked on its own.
 */
public interface TrustedAuditAnchor {

    Optional<AuditAnchor> latest();
}

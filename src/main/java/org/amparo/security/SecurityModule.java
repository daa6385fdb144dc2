package org.amparo.security;

import com.google.inject.AbstractModule;

/** Binds {@link VaultService} to the H2 vault with Argon2id key slots. */
public final class SecurityModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(VaultService.class).to(H2VaultService.class);
    }
}

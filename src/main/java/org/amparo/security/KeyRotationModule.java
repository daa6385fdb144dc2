package org.amparo.security;

import com.google.inject.AbstractModule;

/**
 * Binds {@link KeyRotationService}. Separate from {@link SecurityModule} because it needs the backup service
 * ({@code BackupModule}): install it after both.
 */
public final class KeyRotationModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(KeyRotationService.class).to(DefaultKeyRotationService.class);
    }
}

package org.amparo.backup;

import com.google.inject.AbstractModule;

/** Binds the backup service. */
public final class BackupModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(BackupService.class).to(InterimBackupService.class);
    }
}

package org.amparo.backup;

import com.google.inject.AbstractModule;

/** Binds the backup service (and its wider operations for the backup screen and commands). */
public final class BackupModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(BackupService.class).to(DefaultBackupService.class);
        bind(BackupOperations.class).to(DefaultBackupService.class);
    }
}

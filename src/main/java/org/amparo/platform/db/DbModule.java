package org.amparo.platform.db;

import com.google.inject.AbstractModule;

/** Binds {@link Database} and {@link Transactions} to the vault's {@link VaultDatabase} (one per application). */
public final class DbModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(Database.class).to(VaultDatabase.class);
        bind(Transactions.class).to(VaultDatabase.class);
    }
}

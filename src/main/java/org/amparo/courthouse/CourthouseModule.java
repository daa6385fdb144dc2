package org.amparo.courthouse;

import com.google.inject.AbstractModule;

/** Courthouse: the 287(g) agreements service. Needs {@code Database} and {@code VaultService}. */
public final class CourthouseModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(Ice287gService.class).to(DefaultIce287gService.class);
        bind(CourthouseFacts.class).to(DefaultCourthouseFacts.class);
    }
}

package org.amparo.courthouse;

import com.google.inject.AbstractModule;

/**
 * Courthouse: the 287(g) agreements, courthouses and ICE-activity reports. Needs {@code Database},
 * {@code VaultService}, access control and the audit log.
 */
public final class CourthouseModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(Ice287gService.class).to(DefaultIce287gService.class);
        bind(CourthouseFacts.class).to(DefaultCourthouseFacts.class);
        bind(CourthouseService.class).to(DefaultCourthouseService.class);
    }
}

package org.amparo.retention;

import com.google.inject.AbstractModule;

/** Binds the retention service. */
public final class RetentionModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(RetentionService.class).to(DefaultRetentionService.class);
    }
}

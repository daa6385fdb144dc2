package org.amparo.interchange.ui;

import com.google.inject.AbstractModule;
import org.amparo.interchange.ImportOpener;

/** Wiring for the import window: the client list opens it through {@link ImportOpener}. */
public final class InterchangeUiModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(ImportOpener.class).to(ImportWindows.class);
    }
}

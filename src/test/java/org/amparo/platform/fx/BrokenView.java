package org.amparo.platform.fx;

import jakarta.inject.Inject;

/** A view controller Guice cannot build (it needs an unbound Runnable), for {@link ViewLoaderTest}. */
public final class BrokenView {

    @Inject
    public BrokenView(Runnable unbound) {
        unbound.run();
    }
}

package org.amparo.platform.fx;

/** A view that lets go of its ViewModel, listeners and timers when it leaves the screen. */
public interface Disposable {

    void dispose();
}

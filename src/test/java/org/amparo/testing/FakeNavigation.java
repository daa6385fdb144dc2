package org.amparo.testing;

import java.util.ArrayList;
import java.util.List;
import org.amparo.platform.fx.Navigation;

/** Records where the ViewModels asked to go. */
public final class FakeNavigation implements Navigation {

    public final List<String> visited = new ArrayList<>();

    @Override
    public void showFirstRun() {
        visited.add("firstRun");
    }

    @Override
    public void showUnlock() {
        visited.add("unlock");
    }

    @Override
    public void showMain(boolean demoData) {
        visited.add(demoData ? "main:demo" : "main");
    }

    @Override
    public void showSetPassword() {
        visited.add("setPassword");
    }

    @Override
    public void vaultOpened() {
        visited.add("vaultOpened");
    }

    @Override
    public void lock() {
        visited.add("lock");
    }

    @Override
    public void reloadMain() {
        visited.add("reloadMain");
    }
}

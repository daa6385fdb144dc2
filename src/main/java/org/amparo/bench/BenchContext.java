package org.amparo.bench;

import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * The temporary vault of the running {@code bench}: benchmarks that start other processes on it (start-up) read its
 * folder and credentials here. Set by {@link BenchRunner}; empty outside a bench run.
 */
@Singleton
public final class BenchContext {

    private Path vaultDir;
    private String user;
    private char[] password;

    synchronized void set(Path vaultDir, String user, char[] password) {
        this.vaultDir = vaultDir;
        this.user = user;
        this.password = password == null ? null : password.clone();
    }

    public synchronized boolean isSet() {
        return vaultDir != null;
    }

    public synchronized Path vaultDir() {
        return vaultDir;
    }

    public synchronized String user() {
        return user;
    }

    public synchronized char[] password() {
        return password == null ? null : password.clone();
    }
}

package org.amparo.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for the UI in TestFX tests. */
public final class FxWait {

    private FxWait() {
    }

    /**
     * Waits up to 20 s (Argon2id and the first queries are slow on a busy 2-core machine) for {@code condition}.
     * A lookup that races a window being closed (its scene already gone) counts as "not yet".
     */
    public static void until(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> holds(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (NullPointerException e) {
            return false;
        }
    }
}

package org.amparo.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A query made on the JavaFX application thread fails at once, so a frozen window can never come from the database. */
class FxThreadGuardTest {

    private final Database db = TestDatabases.freshInMemory();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aQueryOnTheFxThreadIsRefusedWithAPlainReason() {
        var onFxThread = WaitForAsyncUtils.asyncFx(() -> db.dsl().selectOne().fetchOne(0, Integer.class));

        assertThatThrownBy(() -> onFxThread.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .rootCause().hasMessageContaining("JavaFX thread");
    }

    @Test
    void theSameQueryOffTheFxThreadRuns() {
        assertThat(db.dsl().selectOne().fetchOne(0, Integer.class)).isEqualTo(1);
    }
}

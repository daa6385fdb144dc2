package org.amparo.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VaultDatabaseTest {

    @Test
    void aLockedVaultRefusesQueriesWithAPlainMessage() {
        VaultDatabase database = new VaultDatabase();

        assertThat(database.isOpen()).isFalse();
        assertThatThrownBy(database::dsl).isInstanceOf(IllegalStateException.class).hasMessage("The vault is locked");
        assertThatThrownBy(() -> database.transaction(ctx -> ctx.selectOne().fetch()))
                .isInstanceOf(IllegalStateException.class).hasMessage("The vault is locked");
        database.close();
        assertThat(database.isOpen()).isFalse();
    }

    @Test
    void theH2UrlHasTheSafetySettingsAndNoServerMode() {
        String opening = H2FileDatabase.url(java.nio.file.Path.of("/tmp/amparo-demo"), false);
        String creating = H2FileDatabase.url(java.nio.file.Path.of("/tmp/amparo-demo"), true);

        assertThat(opening).contains(";CIPHER=AES", ";WRITE_DELAY=0", ";TRACE_LEVEL_FILE=0", ";FILE_LOCK=FILE",
                ";IFEXISTS=TRUE").doesNotContain("AUTO_SERVER", "SOCKET", "tcp:");
        assertThat(creating).doesNotContain("IFEXISTS");
    }
}

package org.amparo.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest(name = "H2 error {0} -> {1}")
    @CsvSource({"90020,IN_USE", "90049,WRONG_KEY", "28000,WRONG_KEY", "90030,WRONG_KEY", "90146,NOT_FOUND",
        "90013,NOT_FOUND", "90028,OTHER"})
    void h2ErrorCodesBecomeKindsByCodeNotMessage(int code, DatabaseOpenException.Kind kind) {
        SQLException error = new SQLException("some H2 text", "HY000", code);

        assertThat(H2FileDatabase.translate(error).kind()).isEqualTo(kind);
    }

    @Test
    void theH2UrlHasTheSafetySettingsAndNoServerMode() {
        String opening = H2FileDatabase.url(java.nio.file.Path.of("/tmp/amparo-demo"), false);
        String creating = H2FileDatabase.url(java.nio.file.Path.of("/tmp/amparo-demo"), true);

        assertThat(opening).contains(";CIPHER=AES", ";WRITE_DELAY=0", ";TRACE_LEVEL_FILE=0", ";FILE_LOCK=FS",
                ";IFEXISTS=TRUE").doesNotContain("AUTO_SERVER", "SOCKET", "tcp:");
        assertThat(creating).doesNotContain("IFEXISTS");
        assertThat(opening).contains(";CACHE_SIZE=" + H2FileDatabase.cacheKb(Runtime.getRuntime().maxMemory()));
    }

    @Test
    void thePageCacheIsAnEighthOfTheHeapWithinBounds() {
        long gib = 1024L * 1024 * 1024;

        assertThat(H2FileDatabase.cacheKb(gib / 4)).isEqualTo(32 * 1024);
        assertThat(H2FileDatabase.cacheKb(32L * 1024 * 1024)).isEqualTo(H2FileDatabase.MIN_CACHE_KB);
        assertThat(H2FileDatabase.cacheKb(64 * gib)).isEqualTo(H2FileDatabase.MAX_CACHE_KB);
    }
}

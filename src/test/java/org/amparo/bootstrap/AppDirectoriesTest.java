package org.amparo.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {

    @Test
    void explicitFolderWinsOverEnvironment() {
        assertThat(AppDirectories.vaultDir(Path.of("/tmp/v"), Map.of("AMPARO_HOME", "/elsewhere"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/tmp/v"));
    }

    @Test
    void amparoHomeWinsOverPlatformFolder() {
        assertThat(AppDirectories.vaultDir(null, Map.of("AMPARO_HOME", "/srv/amparo"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/srv/amparo"));
    }

    @Test
    void platformFolders() {
        assertThat(AppDirectories.vaultDir(null, Map.of(), "Linux", "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/amparo"));
        assertThat(AppDirectories.vaultDir(null, Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/Amparo"));
        assertThat(AppDirectories.vaultDir(null, Map.of("APPDATA", "C:\\Users\\a\\AppData\\Roaming"), "Windows 11", "C:\\Users\\a"))
                .isEqualTo(Path.of("C:\\Users\\a\\AppData\\Roaming", "Amparo"));
    }
}

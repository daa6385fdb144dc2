package org.amparo.platform.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import java.util.Locale;
import org.amparo.platform.i18n.Messages;
import org.junit.jupiter.api.Test;

class ViewLoaderTest {

    @Test
    void fxmlIsFoundBesideTheViewClassByName() {
        assertThat(ViewLoader.fxmlPath(org.amparo.shell.ui.MainView.class))
                .isEqualTo("org/amparo/shell/ui/MainView.fxml");
    }

    @Test
    void aControllerGuiceCannotBuildFailsNamingTheFxmlAndTheClass() {
        ViewLoader loader = new ViewLoader(Guice.createInjector(), new Messages(Locale.ENGLISH));
        assertThatThrownBy(() -> loader.load(BrokenView.class))
                .hasStackTraceContaining("org/amparo/platform/fx/BrokenView.fxml")
                .hasStackTraceContaining("Could not create controller org.amparo.platform.fx.BrokenView");
    }

    @Test
    void aViewWithoutFxmlFailsNamingTheView() {
        ViewLoader loader = new ViewLoader(Guice.createInjector(), new Messages(Locale.ENGLISH));
        assertThatThrownBy(() -> loader.load(ViewLoaderTest.class))
                .hasMessageContaining("No FXML org/amparo/platform/fx/ViewLoaderTest.fxml");
    }
}

package org.amparo.summaries.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.amparo.security.ui.UnlockPage;
import org.amparo.testing.FxWait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.amparo.testing.FxApp;

/**
 * Reports → Case summary on the real main window, signed in as an attorney (the fake access control's user is
 * administrator and attorney): "Include redacted fields…" asks for the fields and a reason and shows what it applied.
 */
@ExtendWith(ApplicationExtension.class)
class SummaryOverrideFxTest {

    private static final String USER = "maria";
    private static final String PASSWORD = "correct horse battery";

    @Start
    void start(Stage stage) throws Exception {
        FxApp.prepare(stage, true).withFakeVault(USER, PASSWORD).launch();
    }

    @Test
    void anAttorneyIncludesTheANumberWithAReason(FxRobot robot) {
        new UnlockPage(robot).unlock(USER, PASSWORD);
        FxWait.until("main window", () -> robot.lookup("#reportsButton").tryQuery().isPresent());
        robot.clickOn("#reportsButton");
        FxWait.until("override enabled", () -> robot.lookup("#includeRedacted").tryQuery()
                .map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#profile").clickOn("Referral partner");

        robot.clickOn("#includeRedacted");
        FxWait.until("dialog", () -> robot.lookup("#overrideReason").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#include-A_NUMBER");
        robot.clickOn("#overrideApply");
        assertThat(robot.lookup("#overrideError").queryAs(Label.class).getText())
                .isEqualTo("Write the reason for including redacted fields.");
        robot.clickOn("#overrideReason").write("Partner clinic files the FOIA request");
        robot.clickOn("#overrideApply");

        FxWait.until("applied", () -> robot.lookup("#overrideSummary").queryAs(Label.class).getText()
                .equals("Included beyond the profile: A-number. Reason: Partner clinic files the FOIA request"));
    }
}

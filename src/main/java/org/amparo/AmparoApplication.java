package org.amparo;

import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application: builds the one injector and shows the first window. */
public final class AmparoApplication extends Application {

    static void launchDesktop(String[] args) {
        Application.launch(AmparoApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Amparo");
        stage.show();
    }
}

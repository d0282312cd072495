package org.omicsbatch.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. */
public class OmicsBatchApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(OmicsBatchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Omics Batch Launcher");
        stage.setScene(new Scene(new Label("Omics Batch Launcher"), 1100, 760));
        SelfTest.armIfRequested(stage, getParameters().getRaw());
        stage.show();
    }
}

package org.omicsbatch.ui.wizard.connection;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.omicsbatch.ui.forms.FormGrid;
import org.omicsbatch.ui.services.Connector.ProfileChoice;

/** Step 1's controls, bound to {@link ConnectionViewModel}. */
public final class ConnectionView extends VBox {

    public ConnectionView(ConnectionViewModel model) {
        super(14);
        setPadding(new Insets(4, 0, 12, 0));
        getStyleClass().add("connection-view");

        Label intro = new Label("Choose the AWS account to launch batches in, or try everything against the built-in "
                + "sandbox: a local HealthOmics service that needs no AWS account.");
        intro.setWrapText(true);

        ToggleGroup mode = new ToggleGroup();
        RadioButton aws = new RadioButton("AWS account (a profile from your AWS configuration)");
        RadioButton sandbox = new RadioButton("Sandbox (built in, no AWS account needed)");
        aws.setId("mode-aws");
        sandbox.setId("mode-sandbox");
        aws.setToggleGroup(mode);
        sandbox.setToggleGroup(mode);
        sandbox.setSelected(model.sandboxProperty().get());
        aws.setSelected(!model.sandboxProperty().get());
        mode.selectedToggleProperty().addListener((obs, old, now) -> model.sandboxProperty().set(now == sandbox));
        model.sandboxProperty().addListener((obs, old, now) -> (now ? sandbox : aws).setSelected(true));

        FormGrid form = new FormGrid();
        ComboBox<ProfileChoice> profile = new ComboBox<>(model.profiles());
        profile.setId("profile");
        profile.valueProperty().bindBidirectional(model.profileProperty());
        profile.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.loadingProperty()
                .get() ? "Reading your AWS profiles…" : model.profiles().isEmpty()
                ? "No profiles found: the default credential chain is used" : "Choose a profile",
                model.profiles(), model.loadingProperty()));
        profile.setMaxWidth(Double.MAX_VALUE);
        Label loginHint = form.add("Profile", profile, "A named profile of your AWS config files (~/.aws/config). "
                + "Profiles that use IAM Identity Center need a current login: aws sso login --profile NAME.");
        loginHint.setId("login-hint");
        loginHint.getStyleClass().add("warning");
        loginHint.textProperty().bind(model.loginHintProperty());
        ComboBox<String> region = new ComboBox<>(model.regions());
        region.setId("region");
        region.setEditable(true);
        region.valueProperty().bindBidirectional(model.regionProperty());
        region.setMaxWidth(Double.MAX_VALUE);
        form.add("Region", region, "The AWS Region of your workflows and batches. Empty: the profile's region.");
        TextField endpoint = new TextField();
        endpoint.setId("endpoint");
        endpoint.setPromptText("optional, e.g. a VPC endpoint URL");
        endpoint.textProperty().bindBidirectional(model.endpointUrlProperty());
        form.add("Endpoint URL", endpoint, "Only for VPC (PrivateLink) endpoints or a local service. "
                + "Leave empty to use the Region's HealthOmics endpoint.")
                .textProperty().bind(model.endpointProblemProperty());
        TextField proxy = new TextField();
        proxy.setId("proxy");
        proxy.setPromptText("optional, e.g. https://proxy.example.org:3128");
        proxy.textProperty().bindBidirectional(model.proxyUrlProperty());
        form.add("HTTPS proxy", proxy, "A proxy your network requires for connections to AWS.")
                .textProperty().bind(model.proxyProblemProperty());
        form.disableProperty().bind(model.sandboxProperty());
        VBox awsBlock = new VBox(8, aws, indent(form));

        Button connect = new Button("Connect", new FontIcon(Material2AL.LINK));
        connect.setId("connect");
        connect.getStyleClass().add("accent");
        connect.disableProperty().bind(model.canConnectProperty().not());
        connect.setOnAction(event -> model.connect());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("connection-status");
        status.getStyleClass().add("success");
        status.textProperty().bind(model.statusProperty());
        status.graphicProperty().bind(javafx.beans.binding.Bindings.when(model.connectedProperty())
                .then((javafx.scene.Node) new FontIcon(Material2MZ.VERIFIED_USER)).otherwise((javafx.scene.Node) null));
        HBox actions = new HBox(10, connect, spinner, status);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("connection-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(model.errorProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        getChildren().addAll(intro, awsBlock, sandbox, actions, error);
    }

    private static VBox indent(javafx.scene.Node node) {
        VBox box = new VBox(node);
        box.setPadding(new Insets(0, 0, 0, 26));
        return box;
    }
}

package org.omicsbatch.ui.components;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A row of milestones joined by lines: done ones with their time, the current one highlighted, a
 * failed one in the danger colour. Knows nothing of batches; callers give it {@link Step}s.
 */
public final class StatusTimeline extends HBox {

    /** How far a milestone is. */
    public enum State { DONE, CURRENT, FAILED, TODO }

    /** One milestone; {@code time} is null while it has not happened. */
    public record Step(String label, Instant time, State state) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final ObjectProperty<List<Step>> steps = new SimpleObjectProperty<>(List.of());

    public StatusTimeline() {
        getStyleClass().add("status-timeline");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        steps.addListener((obs, old, now) -> rebuild(now == null ? List.of() : now));
    }

    public ObjectProperty<List<Step>> stepsProperty() {
        return steps;
    }

    private void rebuild(List<Step> now) {
        getChildren().clear();
        for (int i = 0; i < now.size(); i++) {
            if (i > 0) {
                Region line = new Region();
                line.getStyleClass().addAll("timeline-line", styleOf(now.get(i).state()));
                line.setMinWidth(16);
                HBox.setHgrow(line, Priority.ALWAYS);
                getChildren().add(line);
            }
            getChildren().add(milestone(now.get(i)));
        }
    }

    private static VBox milestone(Step step) {
        FontIcon icon = new FontIcon(iconOf(step.state()));
        icon.getStyleClass().add("timeline-icon");
        Label label = new Label(step.label(), icon);
        label.getStyleClass().add("timeline-label");
        Label time = new Label(step.time() == null ? "" : TIME.format(step.time()));
        time.getStyleClass().add("timeline-time");
        VBox box = new VBox(2, label, time);
        box.getStyleClass().addAll("timeline-step", styleOf(step.state()));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Ikon iconOf(State state) {
        return switch (state) {
            case DONE -> Material2AL.CHECK_CIRCLE;
            case CURRENT -> Material2AL.AUTORENEW;
            case FAILED -> Material2AL.ERROR;
            case TODO -> Material2MZ.RADIO_BUTTON_UNCHECKED;
        };
    }

    private static String styleOf(State state) {
        return "timeline-" + state.name().toLowerCase(java.util.Locale.ROOT);
    }
}

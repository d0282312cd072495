package org.omicsbatch.ui.components;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A one-bar stacked chart: each {@link Segment} takes a share of the width proportional to its
 * count, and a legend below names every segment with its count (zero counts included, so that the
 * legend does not jump around while counts move). Colours come from CSS ({@code segment-*} classes).
 */
public final class StackedCountBar extends VBox {

    /** One part of the bar. {@code tone} picks the colour: success, danger, warning, accent, neutral, muted. */
    public record Segment(String key, String label, long count, String tone) {
    }

    private final ObjectProperty<List<Segment>> segments = new SimpleObjectProperty<>(List.of());
    private final StringProperty title = new SimpleStringProperty();
    private final Bar bar = new Bar();
    private final FlowPane legend = new FlowPane(12, 4);

    public StackedCountBar() {
        getStyleClass().add("stacked-count-bar");
        setSpacing(4);
        Label heading = new Label();
        heading.textProperty().bind(title);
        heading.getStyleClass().add("bar-title");
        legend.getStyleClass().add("bar-legend");
        getChildren().addAll(heading, bar, legend);
        segments.addListener((obs, old, now) -> rebuild(now == null ? List.of() : now));
    }

    public ObjectProperty<List<Segment>> segmentsProperty() {
        return segments;
    }

    public void setTitle(String value) {
        title.set(value);
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** What the bar currently draws, as "key=count" pairs, for tests and accessibility. */
    public long countOf(String key) {
        return segments.get().stream().filter(s -> s.key().equals(key)).mapToLong(Segment::count).sum();
    }

    private void rebuild(List<Segment> now) {
        long total = now.stream().mapToLong(Segment::count).sum();
        bar.getChildren().clear();
        legend.getChildren().clear();
        for (Segment segment : now) {
            String tip = segment.label() + ": " + segment.count() + percent(segment.count(), total);
            if (segment.count() > 0) {
                Region part = new Region();
                part.getStyleClass().addAll("bar-segment", "segment-" + segment.tone());
                part.setUserData(segment);
                Tooltip.install(part, new Tooltip(tip));
                bar.getChildren().add(part);
            }
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", "segment-" + segment.tone());
            Label entry = new Label(segment.label() + " " + segment.count(), swatch);
            entry.getStyleClass().add("legend-entry");
            entry.setId("legend-" + segment.key());
            legend.getChildren().add(entry);
        }
        bar.total = total;
        bar.requestLayout();
    }

    private static String percent(long count, long total) {
        return total == 0 ? "" : String.format(Locale.ROOT, " (%.1f%%)", 100.0 * count / total);
    }

    /** Lays segments side by side, each as wide as its share of the total. */
    private static final class Bar extends Pane {
        private long total;

        Bar() {
            getStyleClass().add("bar-track");
            setMinHeight(18);
            setPrefHeight(18);
        }

        @Override
        protected void layoutChildren() {
            double width = getWidth() - snappedLeftInset() - snappedRightInset();
            double x = snappedLeftInset();
            double height = getHeight() - snappedTopInset() - snappedBottomInset();
            for (var child : getChildren()) {
                Segment segment = (Segment) child.getUserData();
                double w = total == 0 ? 0 : width * segment.count() / total;
                child.resizeRelocate(snapPositionX(x), snappedTopInset(), snapSizeX(w), height);
                x += w;
            }
        }
    }
}

package org.omicsbatch.ui.components;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A row of actions in two groups, one at each end (checks on the left, submitting on the right). When the
 * window is too narrow for both on one line, the right group moves below, still at the right: its buttons
 * keep their whole labels ("Submit a pilot of 5 runs first", not "Submit a pilot of 5 ru…").
 */
public final class TwoSidedBar extends Region {
    private final HBox leading;
    private final HBox trailing;
    private final double spacing;

    public TwoSidedBar(double spacing, Node[] leading, Node... trailing) {
        this.spacing = spacing;
        this.leading = group(leading);
        this.trailing = group(trailing);
        getChildren().addAll(this.leading, this.trailing);
    }

    private HBox group(Node... nodes) {
        HBox box = new HBox(spacing, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        for (Node node : nodes) {
            if (node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE); // whole labels: the bar wraps instead
            }
        }
        return box;
    }

    /** Whether both groups fit on one line at this width. */
    boolean oneLine(double width) {
        Insets in = getInsets();
        return width - in.getLeft() - in.getRight() >= leading.prefWidth(-1) + spacing + trailing.prefWidth(-1);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double left = in.getLeft();
        double top = in.getTop();
        double right = getWidth() - in.getRight();
        double leadingHeight = leading.prefHeight(-1);
        double trailingHeight = trailing.prefHeight(-1);
        double trailingWidth = Math.min(trailing.prefWidth(-1), right - left);
        if (oneLine(getWidth())) {
            double row = Math.max(leadingHeight, trailingHeight);
            leading.resizeRelocate(left, top + (row - leadingHeight) / 2, leading.prefWidth(-1), leadingHeight);
            trailing.resizeRelocate(right - trailingWidth, top + (row - trailingHeight) / 2, trailingWidth, trailingHeight);
        } else {
            leading.resizeRelocate(left, top, Math.min(leading.prefWidth(-1), right - left), leadingHeight);
            trailing.resizeRelocate(right - trailingWidth, top + leadingHeight + spacing, trailingWidth, trailingHeight);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + leading.prefWidth(-1) + spacing + trailing.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + Math.max(leading.minWidth(-1), trailing.minWidth(-1)) + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double leadingHeight = leading.prefHeight(-1);
        double trailingHeight = trailing.prefHeight(-1);
        double content = width < 0 || oneLine(width) ? Math.max(leadingHeight, trailingHeight)
                : leadingHeight + spacing + trailingHeight;
        return in.getTop() + content + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}

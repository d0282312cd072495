package org.omicsbatch.ui.components.runs;

import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * How far the runs table is scrolled sideways and how wide its visible part is, in the rows'
 * coordinates, for the rows that keep cells only for the columns in view ({@link OnScreenCellsRowSkin}).
 * When either changes, the rows on screen lay out again (a sideways scroll alone would not make them).
 */
final class SidewaysView {
    private final TableView<Integer> table;
    private final InvalidationListener relayout = o -> relayoutRows();
    private ScrollBar hbar;
    private VirtualFlow<?> flow;

    SidewaysView(TableView<Integer> table) {
        this.table = table;
        table.widthProperty().addListener(relayout);
        table.skinProperty().addListener((o, old, skin) -> hbar = null);
    }

    double left() {
        ScrollBar bar = hbar();
        return bar == null ? 0 : bar.getValue();
    }

    double width() {
        hbar();
        return flow != null && flow.getWidth() > 0 ? flow.getWidth() : table.getWidth();
    }

    /** The flow's horizontal scroll bar: its value is the sideways scroll in pixels. Found once per skin. */
    private ScrollBar hbar() {
        if (hbar == null && table.getSkin() != null) {
            for (Node node : table.lookupAll(".virtual-flow")) {
                if (node instanceof VirtualFlow<?> f) {
                    flow = f;
                    for (Node child : f.getChildrenUnmodifiable()) {
                        if (child instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                            hbar = bar;
                            bar.valueProperty().addListener(relayout);
                        }
                    }
                }
            }
        }
        return hbar;
    }

    private void relayoutRows() {
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.getTableView() == table) {
                row.requestLayout();
            }
        }
    }
}

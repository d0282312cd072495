package org.omicsbatch.ui.components.runs;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.CellSkinBase;

/**
 * A row of the runs table that holds cells only for the columns in view. JavaFX 21's own row skin keeps
 * a cell for every column in every row (its test for "column in view" measures the row, which is as
 * wide as all columns): with 40 columns that is 1,100 styled, laid-out cells for 25 rows on screen, and
 * each scroll step gives every one of them a new value. Here a cell is made when its column first comes
 * into view (within the pulse's {@link CellBudget}) and leaves the scene graph when it scrolls out;
 * {@link SidewaysView} asks the rows to lay out again when the table scrolls sideways.
 */
final class OnScreenCellsRowSkin extends CellSkinBase<TableRow<Integer>> {
    private final TableView<Integer> table;
    private final SidewaysView view;
    private final CellBudget budget;
    private final Map<TableColumn<Integer, ?>, TableCell<Integer, ?>> cells = new IdentityHashMap<>();
    private final ListChangeListener<TableColumn<Integer, ?>> columnsChanged = c -> forgetRemovedColumns();

    OnScreenCellsRowSkin(TableRow<Integer> row, TableView<Integer> table, SidewaysView view, CellBudget budget) {
        super(row);
        this.table = table;
        this.view = view;
        this.budget = budget;
        table.getVisibleLeafColumns().addListener(columnsChanged);
        registerChangeListener(row.indexProperty(), o -> updateIndexes());
    }

    @Override
    public void dispose() {
        table.getVisibleLeafColumns().removeListener(columnsChanged);
        super.dispose();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double left = view.left();
        double right = left + view.width();
        double at = x;
        boolean missing = false;
        for (TableColumn<Integer, ?> column : table.getVisibleLeafColumns()) {
            double width = column.getWidth();
            boolean inView = at + width > left && at < right;
            TableCell<Integer, ?> cell = cells.get(column);
            if (inView && cell == null && budget.mayMakeCell()) {
                cell = createCell(column);
                cells.put(column, cell);
                budget.madeCell();
            }
            if (inView && cell != null) {
                show(cell);
                cell.resizeRelocate(at, y, width, h);
            } else if (cell != null && cell.getParent() != null) {
                getChildren().remove(cell);
            }
            missing |= inView && cell == null;
            at += width;
        }
        if (missing) {
            budget.later(getSkinnable());
        }
    }

    private void show(TableCell<Integer, ?> cell) {
        if (cell.getParent() == null) {
            getChildren().add(cell);
            cell.updateIndex(getSkinnable().getIndex()); // it missed the row's index changes while away
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private TableCell<Integer, ?> createCell(TableColumn<Integer, ?> column) {
        TableCell<Integer, ?> cell = (TableCell<Integer, ?>) ((TableColumn) column).getCellFactory().call(column);
        cell.updateTableColumn((TableColumn) column);
        cell.updateTableView(table);
        cell.updateTableRow(getSkinnable());
        return cell;
    }

    /** The row shows another run: only the cells in the scene graph follow now; the others on their return. */
    private void updateIndexes() {
        int index = getSkinnable().getIndex();
        for (var node : getChildren()) {
            if (node instanceof TableCell<?, ?> cell) {
                cell.updateIndex(index);
            }
        }
    }

    private void forgetRemovedColumns() {
        List<TableColumn<Integer, ?>> visible = table.getVisibleLeafColumns();
        cells.entrySet().removeIf(e -> {
            boolean gone = !visible.contains(e.getKey());
            if (gone) {
                getChildren().remove(e.getValue());
                e.getValue().updateTableRow(null);
                e.getValue().updateTableColumn(null);
                e.getValue().updateIndex(-1);
            }
            return gone;
        });
        getSkinnable().requestLayout();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        double width = left + right;
        for (TableColumn<Integer, ?> column : table.getVisibleLeafColumns()) {
            width += column.getWidth();
        }
        return width;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return table.getFixedCellSize() > 0 ? table.getFixedCellSize() : RunTableView.ROW_HEIGHT;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computeMaxHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }
}

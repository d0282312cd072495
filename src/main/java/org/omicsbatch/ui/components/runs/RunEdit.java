package org.omicsbatch.ui.components.runs;

import java.util.List;

/** One undoable change of a {@link RunTableModel}. {@link #apply} then {@link #revert} leaves it as it was. */
interface RunEdit {

    void apply(RunTableModel model);

    void revert(RunTableModel model);

    /** Words for the Undo/Redo menu items: "paste 12 cells". */
    String description();

    /** Sets cells; keeps the values it replaced. */
    record Cells(String description, int[] rows, int[] columns, String[] before, String[] after) implements RunEdit {
        @Override
        public void apply(RunTableModel model) {
            write(model, after);
        }

        @Override
        public void revert(RunTableModel model) {
            write(model, before);
        }

        private void write(RunTableModel model, String[] values) {
            for (int i = 0; i < rows.length; i++) {
                model.set(rows[i], columns[i], values[i]);
            }
            model.fire(RunTableChange.CELLS);
        }
    }

    /** Inserts rows at their final positions (ascending). */
    record InsertRows(String description, int[] positions, String[][] values, String[] extras) implements RunEdit {
        @Override
        public void apply(RunTableModel model) {
            model.insertRows(positions, values, extras);
            model.fire(RunTableChange.ROWS);
        }

        @Override
        public void revert(RunTableModel model) {
            model.removeRows(positions);
            model.fire(RunTableChange.ROWS);
        }
    }

    /** Removes rows (ascending); their values are taken when it is applied. */
    final class RemoveRows implements RunEdit {
        private final String description;
        private final int[] rows;
        private RunTableModel.RemovedRows removed;

        RemoveRows(String description, int[] rows) {
            this.description = description;
            this.rows = rows.clone();
        }

        @Override
        public void apply(RunTableModel model) {
            removed = model.removeRows(rows);
            model.fire(RunTableChange.ROWS);
        }

        @Override
        public void revert(RunTableModel model) {
            model.insertRows(removed.rows(), removed.values(), removed.extras());
            model.fire(RunTableChange.ROWS);
        }

        @Override
        public String description() {
            return description;
        }
    }

    /** Adds a column (empty, or with the given values). */
    record AddColumn(String description, int index, RunColumn column, String[] values) implements RunEdit {
        @Override
        public void apply(RunTableModel model) {
            model.insertColumn(index, column, values);
            model.fire(RunTableChange.COLUMNS);
        }

        @Override
        public void revert(RunTableModel model) {
            model.removeColumn(index);
            model.fire(RunTableChange.COLUMNS);
        }
    }

    /** Changes a column's definition (its value type), keeping its cells. */
    record Retype(String description, int index, RunColumn before, RunColumn after) implements RunEdit {
        @Override
        public void apply(RunTableModel model) {
            model.replaceColumn(index, after);
            model.fire(RunTableChange.COLUMNS);
        }

        @Override
        public void revert(RunTableModel model) {
            model.replaceColumn(index, before);
            model.fire(RunTableChange.COLUMNS);
        }
    }

    /**
     * Replaces the whole table (an import) by swapping column arrays, never copying cells: it holds
     * whichever content is not in the model. Undo and redo come in stack order, so when it is reverted
     * the model holds what it put there (later edits are undone), and when it is applied again the
     * model holds what it replaced. The arrays it holds are shared, so nothing writes them in place.
     */
    final class ReplaceAll implements RunEdit {
        private final String description;
        private RunTableModel.Snapshot other;

        ReplaceAll(String description, RunTableModel.Snapshot replacement) {
            this.description = description;
            this.other = replacement;
        }

        @Override
        public void apply(RunTableModel model) {
            swap(model);
        }

        @Override
        public void revert(RunTableModel model) {
            swap(model);
        }

        private void swap(RunTableModel model) {
            RunTableModel.Snapshot current = model.snapshot();
            model.replaceAll(other);
            other = current;
            model.fire(RunTableChange.COLUMNS);
        }

        @Override
        public String description() {
            return description;
        }
    }

    /** Several edits as one step of undo. */
    record Compound(String description, List<RunEdit> edits) implements RunEdit {
        @Override
        public void apply(RunTableModel model) {
            edits.forEach(e -> e.apply(model));
        }

        @Override
        public void revert(RunTableModel model) {
            for (int i = edits.size() - 1; i >= 0; i--) {
                edits.get(i).revert(model);
            }
        }
    }
}

package org.omicsbatch.ui.components.runs;

/**
 * What changed in a {@link RunTableModel}: some cells, the rows (inserted or removed) or the columns.
 * A view redraws cells, refilters rows or rebuilds its columns accordingly.
 */
public record RunTableChange(Type type) {

    public enum Type { CELLS, ROWS, COLUMNS }

    public static final RunTableChange CELLS = new RunTableChange(Type.CELLS);
    public static final RunTableChange ROWS = new RunTableChange(Type.ROWS);
    public static final RunTableChange COLUMNS = new RunTableChange(Type.COLUMNS);
}

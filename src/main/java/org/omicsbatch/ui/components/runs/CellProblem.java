package org.omicsbatch.ui.components.runs;

/**
 * A cell of the runs table that cannot become a value of the draft.
 *
 * @param row        model row (0-based run index)
 * @param columnKey  the column's {@link RunColumn#key()}
 * @param message    what is wrong and what to do
 */
public record CellProblem(int row, String columnKey, String message) {
}

package org.omicsbatch.ui.components.runs;

import java.util.BitSet;

/**
 * Which rows of a {@link RunTableModel} changed since a point in time: some rows' cells, or everything
 * (rows inserted, removed or moved, columns added or retyped, the table replaced). Lets a write-back
 * convert only the edited runs instead of all 100,000. Immutable.
 */
public final class RowChanges {
    public static final RowChanges NONE = new RowChanges(new BitSet(), false);
    public static final RowChanges ALL = new RowChanges(new BitSet(), true);

    private final BitSet rows;
    private final boolean all;

    private RowChanges(BitSet rows, boolean all) {
        this.rows = rows;
        this.all = all;
    }

    static RowChanges of(BitSet rows) {
        return rows.isEmpty() ? NONE : new RowChanges((BitSet) rows.clone(), false);
    }

    /** True when any row may have moved or every run must be converted again. */
    public boolean all() {
        return all;
    }

    /** The changed rows, ascending (meaningless when {@link #all()}). */
    public int[] rows() {
        return rows.stream().toArray();
    }

    public boolean contains(int row) {
        return all || rows.get(row);
    }

    /** Both sets of changes: what changed first and what changed after. */
    public RowChanges plus(RowChanges later) {
        if (all || later.all) {
            return ALL;
        }
        if (later.rows.isEmpty()) {
            return this;
        }
        BitSet union = (BitSet) rows.clone();
        union.or(later.rows);
        return new RowChanges(union, false);
    }

    @Override
    public String toString() {
        return all ? "all rows" : "rows " + rows;
    }
}
